package dev.dialtone.runtime.legs;

/**
 * Which process a call runs.
 *
 * @param flowVersion the published version, or null for a draft run by a test call
 */
public record CallRoute(String flowId, Integer flowVersion, long processDefinitionKey) {

  public boolean draft() {
    return flowVersion == null;
  }

  public String revision() {
    return draft() ? "draft" : "published";
  }
}
