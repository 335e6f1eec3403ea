package dev.dialtone.ui.editor;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.react.ReactAdapterComponent;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;

/**
 * The React Flow canvas (frontend/flow-canvas.tsx). Java sets the graph; the browser draws it with
 * zoom, pan, fit view and a minimap, reports the selection and reports edits ({@link CanvasEdit})
 * without applying them itself: the editor applies each edit to its working copy and sends the
 * resulting graph back.
 */
@NpmPackage(value = "@xyflow/react", version = "12.12.1")
@JsModule("./flow-canvas.tsx")
@Tag("dialtone-flow-canvas")
public class FlowCanvas extends ReactAdapterComponent {

  public FlowCanvas() {
    setGraph(new CanvasGraph(List.of(), List.of()));
    setReadOnly(true);
    setPalette(List.of());
    showRun(RunView.NONE);
    addStateChangeListener(
        "selectedNode", String.class, id -> fireEvent(new NodeSelectedEvent(this, id)));
  }

  /** Replaces the drawn graph; the selection and the viewport stay as they are. */
  public void setGraph(CanvasGraph graph) {
    setState("graph", graph);
  }

  /** Read-only: nodes can be selected but not moved, wired, deleted or added. */
  public void setReadOnly(boolean readOnly) {
    setState("readOnly", readOnly);
  }

  /** The node types offered to drag onto the canvas, in palette order. */
  public void setPalette(List<PaletteItem> items) {
    setState("palette", items);
  }

  /** Whether the draft has unsaved changes: the browser then asks before the page is left. */
  public void setDirty(boolean dirty) {
    // implemented by the canvas work
  }

  /** Selects the node and scrolls the canvas so that it is in the centre. */
  public void focusNode(String nodeId) {
    // implemented by the canvas work
  }

  /** Marks a running or finished call's path on the canvas ({@link RunView#NONE} clears it). */
  public void showRun(RunView run) {
    // implemented by the canvas work
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

  /** A palette entry: the node type and a one-line description shown as its tooltip. */
  public record PaletteItem(String type, String description) {}

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
