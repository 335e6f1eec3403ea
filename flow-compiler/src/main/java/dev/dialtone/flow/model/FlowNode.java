package dev.dialtone.flow.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One box on the canvas.
 *
 * @param x canvas position, null when the designer has not placed the node
 * @param options snake_case option name to value: String, Long, Boolean, List&lt;String&gt;, or
 *     destinations (maps with string type and target), alone or in a list
 */
public record FlowNode(String id, String type, Integer x, Integer y, Map<String, Object> options) {

  /** Node ids double as BPMN element ids and Zeebe variable name parts, hence this shape. */
  public static final Pattern ID_PATTERN = Pattern.compile("^[A-Za-z_][A-Za-z0-9_-]{0,63}$");

  /** Kept out of node ids: the compiler names helper elements {@code <node id>__<role>}. */
  public static final String RESERVED_ID_PART = "__";

  public FlowNode {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    options = normalized(options);
  }

  public FlowNode(String id, String type, Map<String, Object> options) {
    this(id, type, null, null, options);
  }

  public FlowNode(String id, String type) {
    this(id, type, null, null, Map.of());
  }

  public Optional<Object> option(String name) {
    return Optional.ofNullable(options.get(name));
  }

  public boolean hasPosition() {
    return x != null && y != null;
  }

  // Integers become Longs so that a node built in code equals the same node parsed from JSON.
  private static Map<String, Object> normalized(Map<String, Object> options) {
    if (options == null) {
      return Map.of();
    }
    Map<String, Object> copy = new LinkedHashMap<>();
    options.forEach(
        (name, value) -> {
          Objects.requireNonNull(name, "option name");
          Objects.requireNonNull(value, () -> "value of option '" + name + "'");
          copy.put(name, normalizedValue(value));
        });
    return Collections.unmodifiableMap(copy);
  }

  private static Object normalizedValue(Object value) {
    return switch (value) {
      case Integer i -> i.longValue();
      case Short s -> s.longValue();
      case List<?> list -> list.stream().map(FlowNode::normalizedValue).toList();
      case Map<?, ?> map -> Collections.unmodifiableMap(new LinkedHashMap<>(map));
      default -> value;
    };
  }
}
