package dev.dialtone.ui.editor;

import dev.dialtone.flow.diff.FlowDiff;
import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.flow.model.FlowEdge;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.ui.editor.DiffMarks.Mark;
import dev.dialtone.ui.editor.DiffMarks.WireMark;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Draws a comparison of two versions on one canvas: the newer version, plus the nodes and wires
 * only the older one had, where they were, so that a removal shows as a ghost in its old place.
 */
final class ComparedGraphs {

  private ComparedGraphs() {}

  /** What the canvas draws for a comparison, and how it marks it. */
  record Compared(CanvasGraph graph, DiffMarks marks) {}

  static Compared of(CanvasGraphs graphs, FlowDocument from, FlowDocument to, FlowDiff diff) {
    Set<String> removed = Set.copyOf(diff.removedNodes());
    List<FlowNode> nodes = new ArrayList<>(to.nodes());
    from.nodes().stream().filter(node -> removed.contains(node.id())).forEach(nodes::add);
    List<FlowEdge> edges = new ArrayList<>(to.edges());
    edges.addAll(diff.removedWires());
    FlowDocument both = new FlowDocument(to.name(), nodes, edges);

    Map<String, String> nodeMarks = new HashMap<>();
    diff.addedNodes().forEach(id -> nodeMarks.put(id, Mark.ADDED.shown()));
    diff.removedNodes().forEach(id -> nodeMarks.put(id, Mark.REMOVED.shown()));
    diff.changedNodes().forEach(change -> nodeMarks.put(change.nodeId(), Mark.CHANGED.shown()));
    List<WireMark> wireMarks = new ArrayList<>();
    diff.addedWires().forEach(edge -> wireMarks.add(wire(edge, Mark.ADDED)));
    diff.removedWires().forEach(edge -> wireMarks.add(wire(edge, Mark.REMOVED)));
    // Problems of a version are not what a comparison is about: none are marked.
    return new Compared(graphs.of(both, List.of()), new DiffMarks(nodeMarks, wireMarks));
  }

  private static WireMark wire(FlowEdge edge, Mark mark) {
    return new WireMark(edge.from(), edge.port(), edge.to(), mark.shown());
  }
}
