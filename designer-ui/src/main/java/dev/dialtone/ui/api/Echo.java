package dev.dialtone.ui.api;

/** Input quoted back in an error message is cut short, so an answer never grows with the input. */
public final class Echo {

  static final int MAX_CHARS = 80;

  private Echo() {}

  public static String truncate(Object value) {
    String text = String.valueOf(value);
    return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS) + "…";
  }
}
