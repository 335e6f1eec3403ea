package dev.dialtone.runtime.flows;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A row of the flow list: everything but the document, plus the numbers routed to the flow. */
public record FlowSummary(
    UUID id,
    String name,
    int revision,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy,
    Integer latestPublishedVersion,
    List<String> numbers) {

  public FlowSummary {
    numbers = List.copyOf(numbers);
  }
}
