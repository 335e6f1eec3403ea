package dev.dialtone.ui.editor.properties;

/**
 * What a person typed, read as an option value.
 *
 * @param value the value, or null to leave the option out
 * @param error why the text stands for no value at all, or null when it was read
 */
record Reading(Object value, String error) {

  static Reading of(Object value) {
    return new Reading(value, null);
  }

  static Reading unreadable(String error) {
    return new Reading(null, error);
  }

  boolean readable() {
    return error == null;
  }
}
