package dev.dialtone.runtime.groups;

import java.util.List;

/**
 * A group as a client sent it, before validation: every field may be missing or wrong.
 *
 * @param dialTimeoutMs null: the default, 30 s
 */
public record GroupDraft(
    String name, String ringMethod, Integer dialTimeoutMs, List<DestinationDraft> destinations) {

  /** A destination as sent: {@code type} and {@code target} unchecked. */
  public record DestinationDraft(String type, String target) {}
}
