package dev.dialtone.flow.lower;

/**
 * A sequence flow.
 *
 * @param name label shown on the diagram (a port or case value), or null
 * @param condition a FEEL condition starting with {@code =}, or null
 * @param isDefault the default flow of its (gateway) source
 */
public record Flow(
    String id, String name, String source, String target, String condition, boolean isDefault) {

  public static Flow plain(String id, String source, String target) {
    return new Flow(id, null, source, target, null, false);
  }
}
