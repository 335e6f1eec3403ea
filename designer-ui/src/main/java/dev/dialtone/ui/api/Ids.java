package dev.dialtone.ui.api;

import dev.dialtone.runtime.problems.InvalidInputException;
import java.util.UUID;

/** Ids in request bodies: a malformed one is a field error, not a crash. */
public final class Ids {

  private Ids() {}

  /** Parses an optional id; null stays null. */
  public static UUID parse(String field, String value) {
    if (value == null) {
      return null;
    }
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of(
          field, "invalid_id", "'" + field + "' must be an id like 3f1c…, got '" + value + "'");
    }
  }

  public static UUID require(String field, String value) {
    if (value == null || value.isBlank()) {
      throw InvalidInputException.of(field, "missing_value", "'" + field + "' is required");
    }
    return parse(field, value);
  }
}
