package dev.dialtone.ui.flows;

import dev.dialtone.flow.FlowCompiler;
import dev.dialtone.flow.ParseResult;
import dev.dialtone.flow.diff.FlowDiff;
import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.runtime.flows.FlowService;
import dev.dialtone.runtime.flows.FlowSummary;
import dev.dialtone.runtime.flows.FlowVersion;
import dev.dialtone.runtime.flows.FlowVersionRepository;
import dev.dialtone.runtime.flows.FlowView;
import dev.dialtone.runtime.problems.InvalidInputException;
import dev.dialtone.runtime.problems.NotFoundException;
import dev.dialtone.runtime.scenarios.ScenarioService;
import dev.dialtone.ui.api.PreconditionRequiredException;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectMapper;

/** Flows over REST. Documents arrive as text so the compiler reports every problem precisely. */
@RestController
@RequestMapping("/api/v1/flows")
class FlowsController {

  private static final String DRAFT = "draft";

  private final FlowService flows;
  private final ScenarioService scenarios;
  private final FlowVersionRepository versions;
  private final FlowCompiler compiler;
  private final FlowDocuments documents;
  private final ObjectMapper json;

  FlowsController(
      FlowService flows,
      ScenarioService scenarios,
      FlowVersionRepository versions,
      FlowCompiler compiler,
      ObjectMapper json) {
    this.flows = flows;
    this.scenarios = scenarios;
    this.versions = versions;
    this.compiler = compiler;
    this.documents = new FlowDocuments(compiler);
    this.json = json;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<FlowResponse> create(
      @RequestBody(required = false) String document, Principal user) {
    return created(flows.create(orEmpty(document), user.getName()));
  }

  @PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<FlowResponse> importFlow(
      @RequestBody(required = false) String document,
      @RequestParam(name = "format", required = false) String format,
      Principal user) {
    String nativeJson = documents.nativeJson(orEmpty(document), FlowDocuments.Format.of(format));
    return created(scenarios.importFlow(nativeJson, user.getName()));
  }

  @GetMapping
  Map<String, List<FlowSummary>> list() {
    return Map.of("flows", flows.list());
  }

  @GetMapping("/{id}")
  ResponseEntity<FlowResponse> get(@PathVariable UUID id) {
    FlowView view = flows.get(id);
    return ResponseEntity.ok()
        .eTag(Integer.toString(view.flow().revision()))
        .body(FlowResponse.of(view, json));
  }

  @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<FlowResponse> update(
      @PathVariable UUID id,
      @RequestBody(required = false) String document,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestParam(name = "revision", required = false) Integer revision,
      Principal user) {
    int expected = expectedRevision(ifMatch, revision);
    FlowView view = flows.update(id, expected, orEmpty(document), user.getName());
    return ResponseEntity.ok()
        .eTag(Integer.toString(view.flow().revision()))
        .body(FlowResponse.of(view, json));
  }

  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(@PathVariable UUID id) {
    flows.delete(id);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{id}/validate")
  Map<String, Object> validate(@PathVariable UUID id) {
    return Map.of("problems", flows.validate(id));
  }

  /** Publishes the draft; the optional body {@code {"note": "…"}} says why. */
  @PostMapping("/{id}/publish")
  PublishResponse publish(
      @PathVariable UUID id, @RequestBody(required = false) String body, Principal user) {
    return PublishResponse.of(flows.publish(id, user.getName(), NoteRequest.note(body, json)));
  }

  @GetMapping("/{id}/export")
  ResponseEntity<String> export(
      @PathVariable UUID id, @RequestParam(name = "format", required = false) String format) {
    FlowView view = flows.get(id);
    if (FlowDocuments.Format.of(format) == FlowDocuments.Format.VOIPBIN) {
      return attachment(
          FlowDocuments.voipbinFileName(view.flow().name()),
          documents.voipbinJson(flows.export(id)));
    }
    String filename = view.flow().name().replaceAll("[^A-Za-z0-9._-]+", "-") + ".dialtone.json";
    return attachment(filename, scenarios.exportJson(id, flows.export(id)));
  }

  private static ResponseEntity<String> attachment(String filename, String body) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(filename).build().toString())
        .body(body);
  }

  /** What changed from one version to another; {@code draft} names the draft being edited. */
  @GetMapping("/{id}/diff")
  FlowDiff diff(
      @PathVariable UUID id,
      @RequestParam(name = "from") String from,
      @RequestParam(name = "to", defaultValue = DRAFT) String to) {
    return compiler.diff(document(id, "from", from), document(id, "to", to));
  }

  private FlowDocument document(UUID id, String field, String revision) {
    String documentJson;
    if (revision.equals(DRAFT)) {
      documentJson = flows.export(id);
    } else {
      int version;
      try {
        version = Integer.parseInt(revision);
      } catch (NumberFormatException e) {
        throw InvalidInputException.of(
            field,
            "invalid_value",
            field + " must be a version number or draft, got '" + revision + "'");
      }
      documentJson =
          versions
              .find(id, version)
              .map(FlowVersion::documentJson)
              .orElseThrow(
                  () -> new NotFoundException("flow " + id + " has no version " + version));
    }
    ParseResult parsed = compiler.parse(documentJson);
    if (!parsed.isAccepted()) {
      throw new InvalidInputException(parsed.problems());
    }
    return parsed.document();
  }

  @GetMapping("/{id}/bpmn")
  ResponseEntity<String> bpmn(
      @PathVariable UUID id, @RequestParam(defaultValue = "draft") Revision revision) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_XML)
        .body(flows.bpmn(id, revision == Revision.published));
  }

  /** Which model to read: the draft being edited, or the latest published version. */
  enum Revision {
    draft,
    published
  }

  private ResponseEntity<FlowResponse> created(FlowView view) {
    return ResponseEntity.created(URI.create("/api/v1/flows/" + view.flow().id()))
        .eTag(Integer.toString(view.flow().revision()))
        .body(FlowResponse.of(view, json));
  }

  private static int expectedRevision(String ifMatch, Integer revision) {
    if (ifMatch != null && !ifMatch.isBlank()) {
      String digits = ifMatch.replace("W/", "").replace("\"", "").trim();
      try {
        return Integer.parseInt(digits);
      } catch (NumberFormatException e) {
        throw new PreconditionRequiredException(
            "If-Match must carry the flow's revision, e.g. \"3\", got " + ifMatch);
      }
    }
    if (revision != null) {
      return revision;
    }
    throw new PreconditionRequiredException(
        "say which revision you edited (If-Match: \"<revision>\" or ?revision=N) so a newer save is never overwritten");
  }

  private static String orEmpty(String body) {
    return body == null ? "" : body;
  }
}
