package dev.dialtone.flow.nodes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Destination values of the dialing nodes: a JSON object with exactly a string {@code type} and a
 * string {@code target}. Type checks ({@link OptionType}) and value checks live here together so
 * that groupcall and connect judge a destination the same way.
 */
public final class Destinations {

  public static final String TYPE = "type";
  public static final String TARGET = "target";
  public static final String TEL = "tel";
  public static final String ENDPOINT = "endpoint";
  public static final String GROUP = "group";

  private Destinations() {}

  /** Whether {@code value} has the shape of a destination (its contents may still be wrong). */
  public static boolean isDestination(Object value) {
    return value instanceof Map<?, ?> map
        && map.size() == 2
        && map.get(TYPE) instanceof String
        && map.get(TARGET) instanceof String;
  }

  /** A destination value, in the key order the writer keeps. */
  public static Map<String, Object> of(String type, String target) {
    Map<String, Object> destination = new LinkedHashMap<>();
    destination.put(TYPE, type);
    destination.put(TARGET, target);
    return destination;
  }

  public static String type(Object destination) {
    return (String) ((Map<?, ?>) destination).get(TYPE);
  }

  public static String target(Object destination) {
    return (String) ((Map<?, ?>) destination).get(TARGET);
  }

  /**
   * Why a well-shaped destination cannot be dialed, e.g. "type must be one of tel, endpoint";
   * {@code types} are the types the option accepts. A group's existence is checked elsewhere
   * (against {@link KnownGroups}): the compiler has no database.
   */
  public static Optional<String> violation(Object destination, List<String> types) {
    String type = type(destination);
    String target = target(destination);
    if (!types.contains(type)) {
      return Optional.of(
          "type " + OptionType.show(type) + " is not one of " + String.join(", ", types));
    }
    return switch (type) {
      case TEL -> unless(DestinationRules.isTel(target), target, DestinationRules.TEL_EXPECTED);
      case ENDPOINT ->
          unless(DestinationRules.isEndpoint(target), target, DestinationRules.ENDPOINT_EXPECTED);
      default -> unless(!target.isBlank(), target, "the id of a saved group");
    };
  }

  private static Optional<String> unless(boolean valid, String target, String expected) {
    return valid
        ? Optional.empty()
        : Optional.of("target " + OptionType.show(target) + " is not " + expected);
  }

  /** The JSON Schema of one destination accepting {@code types}. */
  public static Map<String, Object> schema(List<String> types) {
    return Map.of(
        "type",
        "object",
        "required",
        List.of(TYPE, TARGET),
        "additionalProperties",
        false,
        "properties",
        Map.of(TYPE, Map.of("enum", types), TARGET, Map.of("type", "string")));
  }
}
