package dev.dialtone.ui.groups;

import dev.dialtone.runtime.groups.CallGroup;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A saved group on the wire (snake_case, lower-case enums). */
record GroupResponse(
    UUID id,
    String name,
    String ringMethod,
    int dialTimeoutMs,
    List<DestinationResponse> destinations,
    Instant createdAt,
    Instant updatedAt) {

  record DestinationResponse(String type, String target) {}

  static GroupResponse of(CallGroup group) {
    return new GroupResponse(
        group.id(),
        group.name(),
        group.ringMethod().wireName(),
        group.dialTimeoutMs(),
        group.destinations().stream()
            .map(d -> new DestinationResponse(d.type().wireName(), d.target()))
            .toList(),
        group.createdAt(),
        group.updatedAt());
  }
}
