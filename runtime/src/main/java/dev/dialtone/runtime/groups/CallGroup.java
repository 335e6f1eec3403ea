package dev.dialtone.runtime.groups;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A saved group as stored: destinations in ring order. */
public record CallGroup(
    UUID id,
    String name,
    RingMethod ringMethod,
    int dialTimeoutMs,
    List<GroupDestination> destinations,
    Instant createdAt,
    Instant updatedAt) {

  public CallGroup {
    destinations = List.copyOf(destinations);
  }
}
