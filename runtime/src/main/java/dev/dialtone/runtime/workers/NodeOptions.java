package dev.dialtone.runtime.workers;

import java.util.Map;

/**
 * A node's options as the compiler put them in the task header. The compiler has validated them, so
 * a missing required option here is a bug, reported as such.
 */
public record NodeOptions(String nodeId, Map<String, Object> values) {

  public String string(String name, String fallback) {
    Object value = values.get(name);
    return value == null ? fallback : value.toString();
  }

  public String requiredString(String name) {
    Object value = values.get(name);
    if (value == null) {
      throw new IllegalStateException("node '" + nodeId + "' has no option '" + name + "'");
    }
    return value.toString();
  }

  public boolean flag(String name, boolean fallback) {
    Object value = values.get(name);
    return value instanceof Boolean b ? b : fallback;
  }

  public long number(String name, long fallback) {
    Object value = values.get(name);
    return value instanceof Number n ? n.longValue() : fallback;
  }
}
