package dev.dialtone.ui.editor;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.react.ReactAdapterComponent;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.shared.Registration;
import dev.dialtone.flow.NodeTypeInfo;
import dev.dialtone.flow.nodes.StartNode;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The React Flow canvas (frontend/flow-canvas.tsx). Java sets the graph; the browser draws it with
 * zoom, pan, fit view and a minimap, reports the selection and reports edits ({@link CanvasEdit})
 * without applying them itself: the editor applies each edit to its working copy and sends the
 * resulting graph back.
 *
 * <p>Browser to server: the state {@code selectedNode}, and the DOM events {@code canvas-edit} and
 * {@code canvas-selection} whose details {@link CanvasEvents} reads. Server to browser: the states
 * {@code graphUpdate} (a {@link GraphUpdate}), {@code readOnly}, {@code palette}, {@code run},
 * {@code diff}, {@code focus}, {@code fitRequest} and {@code dirty}.
 */
@NpmPackage(value = "@xyflow/react", version = "12.12.1")
@NpmPackage(value = "elkjs", version = "0.11.0")
@JsModule("./flow-canvas.tsx")
@Tag("dialtone-flow-canvas")
public class FlowCanvas extends ReactAdapterComponent {

  private static final Logger LOG = LoggerFactory.getLogger(FlowCanvas.class);
  private static final String DETAIL = "event.detail";

  private boolean readOnly;
  private long focusRequests;
  private long fitRequests;
  private long layoutRequests;
  private final GraphSync graphs = new GraphSync();
  private CanvasGraph wanted;
  private boolean graphQueued;

  public FlowCanvas() {
    setGraph(new CanvasGraph(List.of(), List.of()));
    setReadOnly(true);
    setPalette(List.of());
    showRun(RunView.NONE);
    showDiff(DiffMarks.NONE);
    setDirty(false);
    setState("fitRequest", fitRequests);
    setState("layoutRequest", layoutRequests);
    addStateChangeListener(
        "selectedNode", String.class, id -> fireEvent(new NodeSelectedEvent(this, id)));
    getElement().addEventListener("canvas-edit", this::onEdit).addEventData(DETAIL);
    getElement().addEventListener("canvas-selection", this::onSelection).addEventData(DETAIL);
    // The browser got a patch for a revision it does not have: send it the whole graph.
    getElement().addEventListener("canvas-resync", event -> resync());
    getElement().addEventListener("canvas-rename", this::onRename).addEventData(DETAIL + ".nodeId");
  }

  /**
   * Replaces the drawn graph; the selection and the viewport stay as they are. What is sent is
   * decided just before the response: several changes in one round trip become one patch.
   */
  public void setGraph(CanvasGraph graph) {
    wanted = graph;
    if (graphQueued) {
      return;
    }
    graphQueued = true;
    getUI()
        .ifPresentOrElse(
            ui -> ui.beforeClientResponse(this, context -> sendGraph()), this::sendGraph);
  }

  private void sendGraph() {
    graphQueued = false;
    GraphUpdate update = graphs.next(wanted);
    if (update != null) {
      setState("graphUpdate", update);
    }
  }

  @Override
  protected void onAttach(AttachEvent attach) {
    super.onAttach(attach);
    // A fresh browser element knows no revision yet.
    resync();
  }

  private void resync() {
    graphs.forget();
    if (wanted != null) {
      setGraph(wanted);
    }
  }

  /** Read-only: nodes can be selected but not moved, wired, deleted or added. */
  public void setReadOnly(boolean readOnly) {
    this.readOnly = readOnly;
    setState("readOnly", readOnly);
  }

  /** The node types offered to drag onto the canvas, in palette order. */
  public void setPalette(List<PaletteItem> items) {
    setState("palette", items);
  }

  /** Whether the draft has unsaved changes: the browser then asks before the page is left. */
  public void setDirty(boolean dirty) {
    setState("dirty", dirty);
  }

  /** Selects the node and scrolls the canvas so that it is in the centre. */
  public void focusNode(String nodeId) {
    // The counter makes a repeated request for the same node a change the browser sees.
    setState("focus", new FocusRequest(nodeId, ++focusRequests));
  }

  /**
   * Fits the whole flow into view. The canvas does this by itself when a graph of other nodes
   * arrives (another flow); call it when a flow is opened that may share node ids with the last.
   */
  public void fitView() {
    setState("fitRequest", ++fitRequests);
  }

  /**
   * Lays the flow out afresh (ELK's layered algorithm, top to bottom, in the browser). The canvas
   * reports the new positions as one {@link CanvasEdit.MoveNodes}, so Undo puts them back.
   */
  public void tidyUp() {
    setState("layoutRequest", ++layoutRequests);
  }

  /** Marks what a comparison of two versions found ({@link DiffMarks#NONE} clears it). */
  public void showDiff(DiffMarks marks) {
    setState("diff", marks);
  }

  /** Marks a running or finished call's path on the canvas ({@link RunView#NONE} clears it). */
  public void showRun(RunView run) {
    setState("run", run);
  }

  public Registration addNodeSelectedListener(ComponentEventListener<NodeSelectedEvent> listener) {
    return addListener(NodeSelectedEvent.class, listener);
  }

  /** Multi-selection: every selected node, in no particular order (empty: nothing selected). */
  public Registration addSelectionListener(ComponentEventListener<SelectionEvent> listener) {
    return addListener(SelectionEvent.class, listener);
  }

  public Registration addEditListener(ComponentEventListener<EditEvent> listener) {
    return addListener(EditEvent.class, listener);
  }

  /** "Rename…" from a node's right-click menu: the editor puts the cursor in its id field. */
  public Registration addRenameRequestListener(
      ComponentEventListener<RenameRequestEvent> listener) {
    return addListener(RenameRequestEvent.class, listener);
  }

  private void onRename(DomEvent event) {
    JsonNode id = event.getEventData().get(DETAIL + ".nodeId");
    if (!readOnly && id != null && id.isString() && !id.stringValue().isBlank()) {
      fireEvent(new RenameRequestEvent(this, id.stringValue()));
    }
  }

  private void onEdit(DomEvent event) {
    JsonNode detail = event.getEventData().get(DETAIL);
    CanvasEvents.edit(detail)
        .ifPresentOrElse(
            edit -> {
              // Only a copy leaves the flow as it is; the rest needs an editable canvas.
              if (readOnly && !(edit instanceof CanvasEdit.Copy)) {
                LOG.debug("Ignored a canvas edit on a read-only canvas: {}", edit);
              } else {
                LOG.debug("Canvas edit: {}", edit);
                fireEvent(new EditEvent(this, edit));
              }
            },
            () -> LOG.warn("Ignored a malformed canvas edit: {}", abbreviated(detail)));
  }

  private void onSelection(DomEvent event) {
    JsonNode detail = event.getEventData().get(DETAIL);
    CanvasEvents.selection(detail)
        .ifPresentOrElse(
            selection -> {
              LOG.debug("Canvas selection: {}", selection);
              fireEvent(new SelectionEvent(this, selection.nodeIds(), selection.edges()));
            },
            () -> LOG.warn("Ignored a malformed canvas selection: {}", abbreviated(detail)));
  }

  private static String abbreviated(JsonNode detail) {
    String text = String.valueOf(detail);
    return text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }

  /** What {@link #focusNode} sends: the nonce tells two requests for one node apart. */
  record FocusRequest(String id, long nonce) {}

  /**
   * A palette entry: the node type, a one-line description, its accent colour (CSS hex), its icon
   * (a Vaadin icon name) and whether a flow has at most one node of the type (then it is not
   * offered once there is one). Colour and icon come from the compiler's catalogue, so the canvas
   * keeps no table of types.
   */
  public record PaletteItem(
      String type, String description, String colour, String icon, boolean onePerFlow) {

    public static PaletteItem of(NodeTypeInfo type) {
      return new PaletteItem(
          type.type(),
          type.description(),
          type.colour(),
          type.icon(),
          StartNode.NAME.equals(type.type()));
    }
  }

  /**
   * A call's path: {@code active} is the node executing now (null when none), {@code path} the
   * visited node ids in order (wires between consecutive ones are marked as taken), {@code
   * durationsMs} how long each finished node took (shown on the node once the call ended).
   */
  public record RunView(String active, List<String> path, Map<String, Long> durationsMs) {
    public static final RunView NONE = new RunView(null, List.of(), Map.of());

    public RunView {
      path = List.copyOf(path);
      durationsMs = Map.copyOf(durationsMs);
    }
  }

  /** The person asked to rename this node from its right-click menu. */
  public static class RenameRequestEvent extends ComponentEvent<FlowCanvas> {

    private final String nodeId;

    RenameRequestEvent(FlowCanvas source, String nodeId) {
      super(source, true);
      this.nodeId = nodeId;
    }

    public String nodeId() {
      return nodeId;
    }
  }

  /** The person selected a node on the canvas (null: they cleared the selection or chose more). */
  public static class NodeSelectedEvent extends ComponentEvent<FlowCanvas> {

    private final String nodeId;

    NodeSelectedEvent(FlowCanvas source, String nodeId) {
      super(source, true);
      this.nodeId = nodeId;
    }

    public String nodeId() {
      return nodeId;
    }
  }

  public static class SelectionEvent extends ComponentEvent<FlowCanvas> {

    private final List<String> nodeIds;
    private final List<CanvasEdit.EdgeRef> edges;

    SelectionEvent(FlowCanvas source, List<String> nodeIds, List<CanvasEdit.EdgeRef> edges) {
      super(source, true);
      this.nodeIds = List.copyOf(nodeIds);
      this.edges = List.copyOf(edges);
    }

    public List<String> nodeIds() {
      return nodeIds;
    }

    public List<CanvasEdit.EdgeRef> edges() {
      return edges;
    }
  }

  public static class EditEvent extends ComponentEvent<FlowCanvas> {

    private final CanvasEdit edit;

    EditEvent(FlowCanvas source, CanvasEdit edit) {
      super(source, true);
      this.edit = edit;
    }

    public CanvasEdit edit() {
      return edit;
    }
  }
}
