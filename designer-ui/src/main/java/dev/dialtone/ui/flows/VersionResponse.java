package dev.dialtone.ui.flows;

import dev.dialtone.runtime.flows.FlowVersion;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** One published version, read-only: its document as it was published. */
record VersionResponse(
    UUID flowId,
    int version,
    Instant publishedAt,
    String publishedBy,
    String note,
    JsonNode document) {

  static VersionResponse of(FlowVersion version, ObjectMapper json) {
    return new VersionResponse(
        version.flowId(),
        version.version(),
        version.publishedAt(),
        version.publishedBy(),
        version.note(),
        json.readTree(version.documentJson()));
  }
}
