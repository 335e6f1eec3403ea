package dev.dialtone.ui.editor.properties;

/**
 * How a text input stands for an option value. An empty input always means "leave the option out";
 * everything else is taken as typed, so the compiler judges it (a blank text is its to refuse).
 */
enum TextCodec {
  TEXT,
  INTEGER;

  static final String NOT_A_NUMBER = "Enter a whole number";

  String format(Object value) {
    return value == null ? "" : String.valueOf(value);
  }

  Reading read(String text) {
    if (text == null || text.isEmpty()) {
      return Reading.of(null);
    }
    return switch (this) {
      case TEXT -> Reading.of(text);
      case INTEGER -> readInteger(text.strip());
    };
  }

  private static Reading readInteger(String text) {
    try {
      return text.isEmpty() ? Reading.of(null) : Reading.of(Long.parseLong(text));
    } catch (NumberFormatException e) {
      return Reading.unreadable(NOT_A_NUMBER);
    }
  }
}
