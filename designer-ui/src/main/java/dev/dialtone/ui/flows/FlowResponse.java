package dev.dialtone.ui.flows;

import dev.dialtone.flow.Problem;
import dev.dialtone.runtime.flows.FlowView;
import dev.dialtone.runtime.flows.StoredFlow;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** A flow in the REST API: its metadata, the draft document and the draft's current problems. */
record FlowResponse(
    UUID id,
    String name,
    int revision,
    Integer publishedVersion,
    List<String> numbers,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy,
    JsonNode document,
    List<Problem> problems) {

  static FlowResponse of(FlowView view, ObjectMapper json) {
    StoredFlow flow = view.flow();
    return new FlowResponse(
        flow.id(),
        flow.name(),
        flow.revision(),
        flow.latestPublishedVersion(),
        view.numbers(),
        flow.createdAt(),
        flow.createdBy(),
        flow.updatedAt(),
        flow.updatedBy(),
        json.readTree(flow.documentJson()),
        view.problems());
  }
}
