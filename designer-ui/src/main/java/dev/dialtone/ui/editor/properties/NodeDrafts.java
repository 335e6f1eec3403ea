package dev.dialtone.ui.editor.properties;

import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.flow.model.FlowEdge;
import dev.dialtone.flow.model.FlowNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The node and document an edit would produce, so the panel can validate them before anyone applies
 * them. The editor's own model applies the change for real (one undoable step).
 */
final class NodeDrafts {

  private NodeDrafts() {}

  /** The node with the option set, or removed when {@code value} is null. */
  static FlowNode withOption(FlowNode node, String option, Object value) {
    Map<String, Object> options = new LinkedHashMap<>(node.options());
    if (value == null) {
      options.remove(option);
    } else {
      options.put(option, value);
    }
    return new FlowNode(node.id(), node.type(), node.x(), node.y(), options);
  }

  static FlowNode withId(FlowNode node, String id) {
    return new FlowNode(id, node.type(), node.x(), node.y(), node.options());
  }

  /** The document with node {@code oldId} replaced; a new id carries the node's edges with it. */
  static FlowDocument replace(FlowDocument document, String oldId, FlowNode updated) {
    List<FlowNode> nodes = new ArrayList<>(document.nodes());
    // Only the first: a draft built in code may repeat an id, and node(id) finds the first.
    for (int i = 0; i < nodes.size(); i++) {
      if (nodes.get(i).id().equals(oldId)) {
        nodes.set(i, updated);
        break;
      }
    }
    List<FlowEdge> edges =
        document.edges().stream().map(e -> renamed(e, oldId, updated.id())).toList();
    return new FlowDocument(document.format(), document.name(), nodes, edges);
  }

  private static FlowEdge renamed(FlowEdge edge, String oldId, String newId) {
    if (oldId.equals(newId)) {
      return edge;
    }
    String from = edge.from().equals(oldId) ? newId : edge.from();
    String to = edge.to().equals(oldId) ? newId : edge.to();
    return new FlowEdge(from, edge.port(), to);
  }
}
