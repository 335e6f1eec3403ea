package dev.dialtone.ui.flows;

import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.dialtone.runtime.flows.FlowService;
import dev.dialtone.runtime.problems.NotFoundException;
import dev.dialtone.runtime.scenarios.ScenarioService;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The download of a flow's draft (with its scenarios) as a {@code dialtone.flow/1} file — the same
 * bytes as {@code GET /api/v1/flows/{id}/export}, read when the person clicks, not when the link is
 * drawn.
 */
public final class FlowExport {

  private FlowExport() {}

  public static DownloadHandler of(
      FlowService flows, ScenarioService scenarios, UUID id, String flowName) {
    String fileName = FlowDocuments.fileName(flowName);
    return DownloadHandler.fromInputStream(
        event -> {
          try {
            byte[] json =
                scenarios.exportJson(id, flows.export(id)).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(
                new ByteArrayInputStream(json), fileName, "application/json", json.length);
          } catch (NotFoundException e) {
            return DownloadResponse.error(404, e.getMessage());
          }
        });
  }
}
