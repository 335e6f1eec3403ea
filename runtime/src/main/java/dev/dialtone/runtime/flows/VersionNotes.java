package dev.dialtone.runtime.flows;

import dev.dialtone.runtime.problems.InvalidInputException;

/** The note typed at publish: optional, one short paragraph. */
final class VersionNotes {

  /**
   * The column holds 500 characters; a roll back prefixes the note with which version it restores,
   * so people get a little less than that.
   */
  static final int MAX_LENGTH = 400;

  private VersionNotes() {}

  /** The note as stored: trimmed, null when there is none; too long a note is refused. */
  static String checked(String note) {
    if (note == null || note.isBlank()) {
      return null;
    }
    String trimmed = note.strip();
    if (trimmed.length() > MAX_LENGTH) {
      throw InvalidInputException.of(
          "note",
          "too_long",
          "note is "
              + trimmed.length()
              + " characters long; at most "
              + MAX_LENGTH
              + " are kept with a version");
    }
    return trimmed;
  }

  /** History shows a roll back as such, with the note the person gave, if any. */
  static String rollback(int version, String checkedNote) {
    String what = "Rolled back to version " + version;
    return checkedNote == null ? what : what + ": " + checkedNote;
  }
}
