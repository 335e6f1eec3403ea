package dev.dialtone.flow.lower;

import java.util.regex.Pattern;

/** Builds the FEEL snippets the lowerings emit, so quoting lives in one place. */
final class Feel {

  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private Feel() {}

  /** A string literal; case values come from users and may contain quotes or backslashes. */
  static String string(String value) {
    StringBuilder literal = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> literal.append("\\\"");
        case '\\' -> literal.append("\\\\");
        case '\n' -> literal.append("\\n");
        case '\r' -> literal.append("\\r");
        case '\t' -> literal.append("\\t");
        default -> literal.append(c);
      }
    }
    return literal.append('"').toString();
  }

  /** A variable reference; names with {@code -} (from node ids) need backticks in FEEL. */
  static String name(String variable) {
    return PLAIN_NAME.matcher(variable).matches() ? variable : "`" + variable + "`";
  }
}
