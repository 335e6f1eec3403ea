package dev.dialtone.runtime.workers;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {{name}}} and {@code {{context.field}}} in talk text from the call's variables: a
 * dotted path walks into a context (object) variable, as the talk node's validation allows. A name
 * or path with no value says nothing.
 */
final class TextTemplate {

  private static final Pattern VARIABLE =
      Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*)\\s*}}");

  private TextTemplate() {}

  static String render(String text, Map<String, Object> variables) {
    Matcher matcher = VARIABLE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      Object value = resolve(variables, matcher.group(1));
      matcher.appendReplacement(
          out, Matcher.quoteReplacement(value == null ? "" : value.toString()));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static Object resolve(Map<String, Object> variables, String path) {
    Object current = variables;
    for (String part : path.split("\\.")) {
      if (!(current instanceof Map<?, ?> context)) {
        return null;
      }
      current = context.get(part);
    }
    return current;
  }
}
