package dev.dialtone.flow.nodes;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The value types an option may have; the Java type is what the parser produces. */
public enum OptionType {
  STRING("string", "a string"),
  INTEGER("integer", "an integer"),
  BOOLEAN("boolean", "a boolean"),
  STRING_LIST("array", "a list of strings"),
  /** Where to dial: {@code {"type": "tel"|"endpoint"|…, "target": "…"}}. */
  DESTINATION("object", "a destination {\"type\": …, \"target\": …}"),
  DESTINATION_LIST("array", "a list of destinations {\"type\": …, \"target\": …}"),
  /**
   * A reference to a saved group: its id ({@link GroupIds}), or {@code ""} for none. A string in
   * JSON; the type tells the editor to offer the saved groups by name.
   */
  GROUP("string", "the id of a saved group");

  private final String jsonType;
  private final String label;

  OptionType(String jsonType, String label) {
    this.jsonType = jsonType;
    this.label = label;
  }

  /** The JSON Schema {@code type} keyword. */
  public String jsonType() {
    return jsonType;
  }

  /** For messages: "must be a list of strings". */
  public String label() {
    return label;
  }

  public boolean accepts(Object value) {
    return switch (this) {
      case STRING, GROUP -> value instanceof String;
      case INTEGER -> value instanceof Long || value instanceof Integer;
      case BOOLEAN -> value instanceof Boolean;
      case STRING_LIST ->
          value instanceof List<?> list && list.stream().allMatch(String.class::isInstance);
      case DESTINATION -> Destinations.isDestination(value);
      case DESTINATION_LIST ->
          value instanceof List<?> list && list.stream().allMatch(Destinations::isDestination);
    };
  }

  /** A value as a person would read it in a message, JSON-like. */
  public static String show(Object value) {
    String text =
        switch (value) {
          case null -> "null";
          case String s -> '"' + s + '"';
          case Map<?, ?> map ->
              map.entrySet().stream()
                  .map(e -> "\"" + e.getKey() + "\": " + show(e.getValue()))
                  .collect(Collectors.joining(", ", "{", "}"));
          case List<?> list ->
              list.stream().map(OptionType::show).collect(Collectors.joining(", ", "[", "]"));
          default -> String.valueOf(value);
        };
    return text.length() > 80 ? text.substring(0, 77) + "..." : text;
  }
}
