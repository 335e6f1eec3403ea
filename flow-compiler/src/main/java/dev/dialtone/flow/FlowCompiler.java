package dev.dialtone.flow;

import dev.dialtone.flow.diff.FlowDiff;
import dev.dialtone.flow.diff.FlowDiffer;
import dev.dialtone.flow.emit.BpmnEmitter;
import dev.dialtone.flow.json.FlowJsonReader;
import dev.dialtone.flow.json.FlowJsonSchema;
import dev.dialtone.flow.json.FlowJsonWriter;
import dev.dialtone.flow.json.voipbin.VoipbinExport;
import dev.dialtone.flow.json.voipbin.VoipbinExporter;
import dev.dialtone.flow.json.voipbin.VoipbinImporter;
import dev.dialtone.flow.lower.FlowLowerer;
import dev.dialtone.flow.lower.Lowerings;
import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.flow.nodes.KnownGroups;
import dev.dialtone.flow.nodes.NodeCatalogue;
import dev.dialtone.flow.validate.FlowValidator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The module's front door: parse → validate → lower → emit. Stateless and thread-safe; one instance
 * can serve the whole application.
 */
public final class FlowCompiler {

  // An XML name without ':' (BPMN ids are xsd:ID), as Zeebe requires of process ids.
  private static final Pattern PROCESS_ID = Pattern.compile("^[A-Za-z_][A-Za-z0-9_.-]{0,254}$");

  private final NodeCatalogue catalogue;
  private final FlowJsonReader reader;
  private final FlowJsonWriter writer;
  private final FlowValidator validator;
  private final FlowLowerer lowerer;
  private final BpmnEmitter emitter = new BpmnEmitter();
  private final VoipbinImporter voipbinImporter = new VoipbinImporter();
  private final VoipbinExporter voipbinExporter = new VoipbinExporter();
  private final FlowDiffer differ = new FlowDiffer();
  private final String jsonSchema;

  /** A compiler that does not check saved-group references (nothing to check them against). */
  public FlowCompiler() {
    this(NodeCatalogue.standard(), KnownGroups.UNCHECKED);
  }

  /**
   * A compiler whose validation reports groupcall nodes naming a group {@code groups} does not
   * know; the application passes its saved groups.
   */
  public FlowCompiler(KnownGroups groups) {
    this(NodeCatalogue.standard(), groups);
  }

  FlowCompiler(NodeCatalogue catalogue) {
    this(catalogue, KnownGroups.UNCHECKED);
  }

  FlowCompiler(NodeCatalogue catalogue, KnownGroups groups) {
    this.catalogue = catalogue;
    this.reader = new FlowJsonReader(catalogue);
    this.writer = new FlowJsonWriter(catalogue);
    this.validator = new FlowValidator(catalogue, groups);
    this.lowerer = new FlowLowerer(catalogue, Lowerings.standard());
    this.jsonSchema = new FlowJsonSchema(catalogue).write();
  }

  /**
   * Reads native JSON. The document is rejected — null, with every problem found — when it is not
   * {@code dialtone.flow/1} JSON of the right shape: unknown fields, node types or options, values
   * of the wrong type, bad or duplicate node ids, edges without ends.
   */
  public ParseResult parse(String json) {
    return reader.read(json);
  }

  /** Graph and option problems a saved draft may still have; empty when the flow can compile. */
  public List<Problem> validate(FlowDocument document) {
    return validator.validate(document);
  }

  /**
   * Compiles a valid document to an executable BPMN process.
   *
   * @param processId the BPMN process id to deploy under (an XML name, e.g. {@code flow_42})
   * @param processName shown in Operate; the flow name when null
   * @throws InvalidFlowException when {@link #validate} reports problems
   * @throws IllegalArgumentException when {@code processId} is not a valid BPMN id
   */
  public CompiledFlow compile(FlowDocument document, String processId, String processName) {
    if (processId == null || !PROCESS_ID.matcher(processId).matches()) {
      throw new IllegalArgumentException(
          "process id must be a BPMN id (a letter or _, then letters, digits, _, - or .), got "
              + processId);
    }
    List<Problem> problems = validate(document);
    if (!problems.isEmpty()) {
      throw new InvalidFlowException(problems);
    }
    String name = processName == null ? document.name() : processName;
    return new CompiledFlow(processId, emitter.emitXml(lowerer.lower(document, processId, name)));
  }

  /** Canonical native JSON: pretty, stable key order; {@code parse(toJson(d))} equals {@code d}. */
  public String toJson(FlowDocument document) {
    return writer.write(document);
  }

  /**
   * Reads a VoIPBIN action list (a bare list, {@code {"actions": [...]}}, or a request body holding
   * one) as a document, laid out in a row; rejected with every action it could not map.
   */
  public ParseResult parseVoipbin(String json) {
    return voipbinImporter.read(json);
  }

  /** Whether a body is a VoIPBIN action list rather than a native document. */
  public boolean isVoipbin(String json) {
    return VoipbinImporter.isActionList(json);
  }

  /** The document as a VoIPBIN action list, or the nodes and fields VoIPBIN cannot express. */
  public VoipbinExport toVoipbin(FlowDocument document) {
    return voipbinExporter.export(document);
  }

  /** Added, removed and changed nodes and wires, and changed options (old → new). */
  public FlowDiff diff(FlowDocument from, FlowDocument to) {
    return differ.diff(from, to);
  }

  /**
   * The JSON Schema (draft 2020-12) of {@code dialtone.flow/1}, generated from the node catalogue.
   * It describes a publishable document; graph rules remain {@link #validate}'s.
   */
  public String jsonSchema() {
    return jsonSchema;
  }

  /** The node types, for the palette and property panel. */
  public List<NodeTypeInfo> nodeTypes() {
    return catalogue.types().stream().map(NodeTypeInfo::of).toList();
  }
}
