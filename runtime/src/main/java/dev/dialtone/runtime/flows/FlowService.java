package dev.dialtone.runtime.flows;

import dev.dialtone.flow.CompiledFlow;
import dev.dialtone.flow.FlowCompiler;
import dev.dialtone.flow.InvalidFlowException;
import dev.dialtone.flow.ParseResult;
import dev.dialtone.flow.Problem;
import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.runtime.engine.ProcessDeployer;
import dev.dialtone.runtime.numbers.NumberRepository;
import dev.dialtone.runtime.numbers.PhoneNumber;
import dev.dialtone.runtime.problems.ConflictException;
import dev.dialtone.runtime.problems.InvalidInputException;
import dev.dialtone.runtime.problems.NotFoundException;
import dev.dialtone.runtime.routing.ProcessIds;
import java.util.List;
import java.util.UUID;

/**
 * Everything people do with flows — create, edit, validate, publish, import, export — for the REST
 * API and the designer alike. Documents are checked at the boundary (bad ones are never stored);
 * drafts may keep graph problems, which publishing refuses.
 */
public class FlowService {

  private final FlowCompiler compiler;
  private final FlowRepository flows;
  private final FlowVersionRepository versions;
  private final NumberRepository numbers;
  private final ProcessDeployer deployer;
  private final Runnable routesChanged;
  private final CompilationSlots slots;

  public FlowService(
      FlowCompiler compiler,
      FlowRepository flows,
      FlowVersionRepository versions,
      NumberRepository numbers,
      ProcessDeployer deployer,
      Runnable routesChanged) {
    this(compiler, flows, versions, numbers, deployer, routesChanged, CompilationSlots.unbounded());
  }

  /**
   * Validating, publishing, importing and compiling to BPMN run within {@code slots}: bounded in
   * number and time (see {@link CompilationSlots}).
   */
  public FlowService(
      FlowCompiler compiler,
      FlowRepository flows,
      FlowVersionRepository versions,
      NumberRepository numbers,
      ProcessDeployer deployer,
      Runnable routesChanged,
      CompilationSlots slots) {
    this.slots = slots;
    this.routesChanged = routesChanged;
    this.compiler = compiler;
    this.flows = flows;
    this.versions = versions;
    this.numbers = numbers;
    this.deployer = deployer;
  }

  public FlowView create(String documentJson, String user) {
    FlowDocument document = parse(documentJson);
    return view(flows.create(document.name(), compiler.toJson(document), user));
  }

  public List<FlowSummary> list() {
    return flows.list();
  }

  public FlowView get(UUID id) {
    return view(stored(id));
  }

  public FlowView update(UUID id, int expectedRevision, String documentJson, String user) {
    FlowDocument document = parse(documentJson);
    return switch (flows.update(
        id, expectedRevision, document.name(), compiler.toJson(document), user)) {
      case FlowUpdate.Updated updated -> view(updated.flow());
      case FlowUpdate.StaleRevision stale ->
          throw new ConflictException(
              "stale_revision",
              "flow "
                  + id
                  + " was changed meanwhile: you edited revision "
                  + expectedRevision
                  + ", the current one is "
                  + stale.currentRevision()
                  + ". Reload it and apply your change again.");
      case FlowUpdate.NotFound notFound -> throw notFound(id);
    };
  }

  public void delete(UUID id) {
    boolean deleted;
    try {
      deleted = flows.delete(id);
    } catch (FlowInUseException e) {
      throw new ConflictException(
          "flow_in_use",
          "flow " + id + " still has numbers " + numbersOf(id) + " assigned; unassign them first");
    }
    if (!deleted) {
      throw notFound(id);
    }
  }

  public List<Problem> validate(UUID id) {
    String documentJson = stored(id).documentJson();
    return slots.run(() -> problemsOf(compiler.parse(documentJson)));
  }

  /** Compiles the draft, deploys it and stores it as the next version; returns that version. */
  public int publish(UUID id, String user) {
    return publish(id, user, null).version();
  }

  /**
   * Publishes the draft with an optional note (why this version); says which calls are still
   * running on older versions.
   */
  public Publication publish(UUID id, String user, String note) {
    return publishDocument(id, stored(id).documentJson(), user, VersionNotes.checked(note));
  }

  /**
   * Publishes an older version's document as the next version: history is never rewritten, and the
   * draft stays as it is.
   */
  public Publication rollback(UUID id, int version, String user, String note) {
    FlowVersion old = version(id, version);
    String checked = VersionNotes.rollback(version, VersionNotes.checked(note));
    return publishDocument(id, old.documentJson(), user, checked);
  }

  /** Every published version of a flow, newest first, with its call counts. */
  public List<VersionSummary> history(UUID id) {
    stored(id);
    return versions.history(id);
  }

  /** One published version, as stored. */
  public FlowVersion version(UUID id, int version) {
    stored(id);
    return versions
        .find(id, version)
        .orElseThrow(() -> new NotFoundException("flow " + id + " has no version " + version));
  }

  private Publication publishDocument(UUID id, String documentJson, String user, String note) {
    CompiledFlow compiled = slots.run(() -> compile(documentJson, ProcessIds.published(id)));
    deployer.deploy(compiled.processId(), compiled.bpmnXml());
    int version = versions.publish(id, documentJson, compiled.bpmnXml(), user, note);
    routesChanged.run();
    return new Publication(version, versions.liveCallsBefore(id, version));
  }

  /** The native document of the draft, as stored (canonical JSON). */
  public String export(UUID id) {
    return stored(id).documentJson();
  }

  public FlowView importFlow(String documentJson, String user) {
    FlowDocument document = slots.run(() -> parse(documentJson));
    return view(flows.create(document.name(), compiler.toJson(document), user));
  }

  public String bpmn(UUID id, boolean published) {
    if (published) {
      return versions
          .latest(id)
          .map(FlowVersion::bpmnXml)
          .orElseThrow(() -> new NotFoundException("flow " + id + " has no published version"));
    }
    StoredFlow flow = stored(id);
    return slots.run(() -> compile(flow, ProcessIds.draft(id))).bpmnXml();
  }

  /** Compiles the current draft; refuses one with problems (the same rule as publishing). */
  public CompiledFlow compile(StoredFlow flow, String processId) {
    return compile(flow.documentJson(), processId);
  }

  private CompiledFlow compile(String documentJson, String processId) {
    FlowDocument document = parse(documentJson);
    if (Thread.currentThread().isInterrupted()) {
      throw new CompilationLimitException(
          CompilationLimitException.TIMEOUT, "compilation of " + processId + " was stopped");
    }
    try {
      return compiler.compile(document, processId, document.name());
    } catch (InvalidFlowException e) {
      throw new InvalidInputException(e.problems());
    }
  }

  public StoredFlow stored(UUID id) {
    return flows.find(id).orElseThrow(() -> notFound(id));
  }

  private FlowView view(StoredFlow flow) {
    ParseResult parsed = compiler.parse(flow.documentJson());
    return new FlowView(flow, parsed.document(), problemsOf(parsed), numbersOf(flow.id()));
  }

  /**
   * A stored draft that no longer parses reports why; one that parses reports its graph problems.
   */
  private List<Problem> problemsOf(ParseResult parsed) {
    return parsed.document() == null ? parsed.problems() : compiler.validate(parsed.document());
  }

  private FlowDocument parse(String documentJson) {
    ParseResult parsed = compiler.parse(documentJson);
    if (parsed.document() == null) {
      throw new InvalidInputException(parsed.problems());
    }
    return storable(parsed.document());
  }

  /**
   * A draft may be stored with problems, but not with a name its column cannot hold: that one
   * problem refuses the request (found by HostileInputIT: a 100,000-character name was a 500).
   */
  private static FlowDocument storable(FlowDocument document) {
    String name = document.name();
    if (name != null && name.length() > FlowDocument.MAX_NAME_LENGTH) {
      throw InvalidInputException.of(
          "name",
          "invalid_name",
          "the flow name must be at most "
              + FlowDocument.MAX_NAME_LENGTH
              + " characters, got "
              + name.length());
    }
    return document;
  }

  private List<String> numbersOf(UUID flowId) {
    return numbers.list().stream()
        .filter(number -> flowId.equals(number.flowId()))
        .map(PhoneNumber::number)
        .toList();
  }

  private static NotFoundException notFound(UUID id) {
    return new NotFoundException("no flow " + id);
  }
}
