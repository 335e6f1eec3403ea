package dev.dialtone.ui.flows;

import dev.dialtone.runtime.problems.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The optional body of publish and roll back, {@code {"note": "…"}}. Read by hand so that scripts
 * may send no body at all, and a wrong one is named rather than ignored.
 */
final class NoteRequest {

  private NoteRequest() {}

  /** The note, or null when the body is empty or has none. */
  static String note(String body, ObjectMapper json) {
    if (body == null || body.isBlank()) {
      return null;
    }
    JsonNode tree;
    try {
      tree = json.readTree(body);
    } catch (JacksonException e) {
      throw InvalidInputException.of(
          "body", "invalid_json", "the body must be a JSON object like {\"note\": \"…\"}");
    }
    if (!tree.isObject()) {
      throw InvalidInputException.of(
          "body", "invalid_value", "the body must be a JSON object like {\"note\": \"…\"}");
    }
    JsonNode note = tree.path("note");
    if (note.isMissingNode() || note.isNull()) {
      return null;
    }
    if (!note.isString()) {
      throw InvalidInputException.of(
          "note", "invalid_value", "note must be text, got " + note.getNodeType());
    }
    return note.asString();
  }
}
