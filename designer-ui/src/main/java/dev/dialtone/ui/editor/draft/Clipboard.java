package dev.dialtone.ui.editor.draft;

import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.flow.model.FlowEdge;
import dev.dialtone.flow.model.FlowNode;
import java.util.List;
import java.util.Set;

/** Copied nodes and the wires between them (wires leaving the copied set stay behind). */
record Clipboard(List<FlowNode> nodes, List<FlowEdge> edges) {

  static final Clipboard EMPTY = new Clipboard(List.of(), List.of());

  Clipboard {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  static Clipboard of(FlowDocument doc, List<String> nodeIds) {
    Set<String> picked = Set.copyOf(nodeIds);
    return new Clipboard(
        doc.nodes().stream().filter(n -> picked.contains(n.id())).toList(),
        doc.edges().stream()
            .filter(e -> picked.contains(e.from()) && picked.contains(e.to()))
            .toList());
  }

  boolean isEmpty() {
    return nodes.isEmpty();
  }
}
