package dev.dialtone.ui.editor;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.react.ReactAdapterComponent;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/**
 * The React Flow canvas (frontend/flow-canvas.tsx). Java sets the graph; the browser draws it with
 * zoom, pan, fit view and a minimap, and reports which node the person selected.
 */
@NpmPackage(value = "@xyflow/react", version = "12.12.1")
@JsModule("./flow-canvas.tsx")
@Tag("dialtone-flow-canvas")
public class FlowCanvas extends ReactAdapterComponent {

  public FlowCanvas() {
    setGraph(new CanvasGraph(List.of(), List.of()));
    setReadOnly(true);
    addStateChangeListener(
        "selectedNode", String.class, id -> fireEvent(new NodeSelectedEvent(this, id)));
  }

  public void setGraph(CanvasGraph graph) {
    setState("graph", graph);
  }

  /** Read-only: nodes can be selected but not moved, wired or deleted. */
  public void setReadOnly(boolean readOnly) {
    setState("readOnly", readOnly);
  }

  public Registration addNodeSelectedListener(ComponentEventListener<NodeSelectedEvent> listener) {
    return addListener(NodeSelectedEvent.class, listener);
  }

  /** The person selected a node on the canvas (null: they cleared the selection). */
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
}
