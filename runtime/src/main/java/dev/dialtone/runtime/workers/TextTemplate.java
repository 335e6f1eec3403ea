package dev.dialtone.runtime.workers;

import dev.dialtone.flow.nodes.TalkNode;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Fills {@code {{name}}} and {@code {{context.field}}} in talk text from the call's variables, with
 * the talk node's own placeholder patterns, so what validation accepts is what is filled in: a
 * dotted path walks into a context (object) variable; a name or path with no value says nothing.
 */
final class TextTemplate {

  private TextTemplate() {}

  static String render(String text, Map<String, Object> variables) {
    Matcher matcher = TalkNode.PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String path = matcher.group(1).strip();
      // validation refuses anything else; left as written should it get here
      String filled =
          TalkNode.VARIABLE_PATH.matcher(path).matches()
              ? String.valueOf(resolve(variables, path))
              : matcher.group();
      matcher.appendReplacement(out, Matcher.quoteReplacement(filled));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static String resolve(Map<String, Object> variables, String path) {
    Object current = variables;
    for (String part : path.split("\\.")) {
      if (!(current instanceof Map<?, ?> context)) {
        return "";
      }
      current = context.get(part);
    }
    return current == null ? "" : current.toString();
  }
}
