package dev.dialtone.runtime.workers;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills {@code {{name}}} in talk text from the call's variables; unknown names say nothing. */
final class TextTemplate {

  private static final Pattern VARIABLE =
      Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}}");

  private TextTemplate() {}

  static String render(String text, Map<String, Object> variables) {
    Matcher matcher = VARIABLE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      Object value = variables.get(matcher.group(1));
      matcher.appendReplacement(
          out, Matcher.quoteReplacement(value == null ? "" : value.toString()));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
