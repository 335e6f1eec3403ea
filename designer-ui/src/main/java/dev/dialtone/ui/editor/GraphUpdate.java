package dev.dialtone.ui.editor;

import dev.dialtone.ui.editor.CanvasGraph.CanvasEdge;
import dev.dialtone.ui.editor.CanvasGraph.CanvasNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the canvas is sent when the graph changes: the whole graph the first time (or when the
 * browser lost track), afterwards only what changed since revision {@code base}. An edit then costs
 * the same on a 10-node flow as on a 1,000-node one.
 *
 * @param revision the graph's revision once this is applied
 * @param base the revision a patch applies to (ignored for a full graph)
 * @param full the whole graph, or null for a patch
 * @param nodes added or changed nodes (a patch)
 * @param removedNodes ids of nodes that are gone (a patch)
 * @param edges added wires (a patch; a wire's id names its ends, so a wire never "changes")
 * @param removedEdges ids of wires that are gone (a patch)
 */
public record GraphUpdate(
    long revision,
    long base,
    CanvasGraph full,
    List<CanvasNode> nodes,
    List<String> removedNodes,
    List<CanvasEdge> edges,
    List<String> removedEdges) {

  public GraphUpdate {
    nodes = List.copyOf(nodes);
    removedNodes = List.copyOf(removedNodes);
    edges = List.copyOf(edges);
    removedEdges = List.copyOf(removedEdges);
  }

  static GraphUpdate full(long revision, CanvasGraph graph) {
    return new GraphUpdate(revision, 0, graph, List.of(), List.of(), List.of(), List.of());
  }

  /** What turns {@code before} into {@code after}. */
  static GraphUpdate patch(long base, CanvasGraph before, CanvasGraph after) {
    Map<String, CanvasNode> old = byId(before.nodes(), CanvasNode::id);
    Map<String, CanvasNode> now = byId(after.nodes(), CanvasNode::id);
    List<CanvasNode> changed = new ArrayList<>();
    for (CanvasNode node : after.nodes()) {
      if (!Objects.equals(old.get(node.id()), node)) {
        changed.add(node);
      }
    }
    List<String> removed =
        before.nodes().stream().map(CanvasNode::id).filter(id -> !now.containsKey(id)).toList();
    Map<String, CanvasEdge> oldEdges = byId(before.edges(), CanvasEdge::id);
    Map<String, CanvasEdge> newEdges = byId(after.edges(), CanvasEdge::id);
    List<CanvasEdge> added =
        after.edges().stream().filter(e -> !e.equals(oldEdges.get(e.id()))).toList();
    List<String> gone =
        before.edges().stream()
            .filter(e -> !e.equals(newEdges.get(e.id())))
            .map(CanvasEdge::id)
            .toList();
    return new GraphUpdate(base + 1, base, null, changed, removed, added, gone);
  }

  /** How many items this update carries: what its size grows with. */
  int size() {
    return full != null
        ? full.nodes().size() + full.edges().size()
        : nodes.size() + removedNodes.size() + edges.size() + removedEdges.size();
  }

  private static <T> Map<String, T> byId(List<T> items, java.util.function.Function<T, String> id) {
    Map<String, T> map = new LinkedHashMap<>();
    items.forEach(item -> map.put(id.apply(item), item));
    return map;
  }
}
