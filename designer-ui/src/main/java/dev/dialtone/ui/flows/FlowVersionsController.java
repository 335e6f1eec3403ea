package dev.dialtone.ui.flows;

import dev.dialtone.runtime.flows.FlowService;
import dev.dialtone.runtime.flows.VersionSummary;
import dev.dialtone.runtime.problems.InvalidInputException;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectMapper;

/** A flow's published versions: the history, one version's document, and rolling back to it. */
@RestController
@RequestMapping("/api/v1/flows/{id}/versions")
class FlowVersionsController {

  private final FlowService flows;
  private final ObjectMapper json;

  FlowVersionsController(FlowService flows, ObjectMapper json) {
    this.flows = flows;
    this.json = json;
  }

  @GetMapping
  Map<String, List<VersionSummary>> list(@PathVariable UUID id) {
    return Map.of("versions", flows.history(id));
  }

  @GetMapping("/{version}")
  VersionResponse get(@PathVariable UUID id, @PathVariable String version) {
    return VersionResponse.of(flows.version(id, number(version)), json);
  }

  /** Publishes version n's document as a new version; the draft is left as it is. */
  @PostMapping("/{version}/rollback")
  PublishResponse rollback(
      @PathVariable UUID id,
      @PathVariable String version,
      @RequestBody(required = false) String body,
      Principal user) {
    int number = number(version);
    return PublishResponse.of(
        flows.rollback(id, number, user.getName(), NoteRequest.note(body, json)));
  }

  private static int number(String version) {
    try {
      int number = Integer.parseInt(version);
      if (number >= 1) {
        return number;
      }
    } catch (NumberFormatException e) {
      // named below, with the value
    }
    throw InvalidInputException.of(
        "version",
        "invalid_value",
        "version must be a version number (1, 2, …), got '" + version + "'");
  }
}
