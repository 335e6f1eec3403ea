package dev.dialtone.ui.editor.draft;

import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.flow.model.FlowEdge;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.ui.editor.CanvasEdit.EdgeRef;
import dev.dialtone.ui.editor.CanvasEdit.NodePosition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The changes a person can make to a draft, each a pure function from one document to the next.
 * None of them checks what the compiler checks: a draft may be unfinished, and the validator
 * reports what is wrong with it.
 */
final class DraftEdits {

  private DraftEdits() {}

  static FlowDocument addNode(FlowDocument doc, String type, int x, int y) {
    FlowNode node = new FlowNode(new NodeIds(doc).next(type), type, x, y, Map.of());
    return withNodes(doc, append(doc.nodes(), List.of(node)), doc.edges());
  }

  static FlowDocument move(FlowDocument doc, List<NodePosition> positions) {
    Map<String, NodePosition> byId = new HashMap<>();
    positions.forEach(p -> byId.put(p.nodeId(), p));
    List<FlowNode> nodes =
        doc.nodes().stream()
            .map(
                n -> {
                  NodePosition p = byId.get(n.id());
                  return p == null ? n : new FlowNode(n.id(), n.type(), p.x(), p.y(), n.options());
                })
            .toList();
    return withNodes(doc, nodes, doc.edges());
  }

  /** Wires a port; a port has one wire, so this replaces the wire it had. */
  static FlowDocument connect(FlowDocument doc, String from, String port, String to) {
    if (doc.node(from).isEmpty() || doc.node(to).isEmpty()) {
      return doc;
    }
    String wired = port == null || port.isBlank() ? FlowEdge.NEXT : port;
    List<FlowEdge> edges = new ArrayList<>();
    doc.edges().stream()
        .filter(e -> !(e.from().equals(from) && e.port().equals(wired)))
        .forEach(edges::add);
    edges.add(new FlowEdge(from, wired, to));
    return withNodes(doc, doc.nodes(), edges);
  }

  static FlowDocument delete(FlowDocument doc, Collection<String> nodeIds, List<EdgeRef> wires) {
    Set<String> gone = Set.copyOf(nodeIds);
    Set<EdgeRef> cut = Set.copyOf(wires);
    List<FlowNode> nodes = doc.nodes().stream().filter(n -> !gone.contains(n.id())).toList();
    List<FlowEdge> edges =
        doc.edges().stream()
            .filter(e -> !gone.contains(e.from()) && !gone.contains(e.to()))
            .filter(e -> !cut.contains(new EdgeRef(e.from(), e.port(), e.to())))
            .toList();
    return withNodes(doc, nodes, edges);
  }

  /**
   * Replaces node {@code oldId} by {@code updated}; a new id is carried over to every wire from or
   * to the node. An id that another node already has is kept as typed: the validator reports it.
   */
  static FlowDocument replaceNode(FlowDocument doc, String oldId, FlowNode updated) {
    if (doc.node(oldId).isEmpty()) {
      return doc;
    }
    List<FlowNode> nodes = new ArrayList<>();
    boolean replaced = false;
    for (FlowNode node : doc.nodes()) {
      boolean target = !replaced && node.id().equals(oldId);
      nodes.add(target ? keepPosition(updated, node) : node);
      replaced |= target;
    }
    List<FlowEdge> edges =
        oldId.equals(updated.id())
            ? doc.edges()
            : doc.edges().stream()
                .map(
                    e ->
                        new FlowEdge(
                            e.from().equals(oldId) ? updated.id() : e.from(),
                            e.port(),
                            e.to().equals(oldId) ? updated.id() : e.to()))
                .toList();
    return withNodes(doc, nodes, edges);
  }

  /** Adds copies of the clipboard's nodes under fresh ids, shifted by (dx, dy), wired alike. */
  static Pasted paste(FlowDocument doc, Clipboard clip, int dx, int dy) {
    NodeIds ids = new NodeIds(doc);
    Map<String, String> renamed = new LinkedHashMap<>();
    List<FlowNode> copies = new ArrayList<>();
    for (FlowNode node : clip.nodes()) {
      String id = ids.next(stem(node.id()));
      renamed.put(node.id(), id);
      int x = (node.x() == null ? 40 : node.x()) + dx;
      int y = (node.y() == null ? 40 : node.y()) + dy;
      copies.add(new FlowNode(id, node.type(), x, y, node.options()));
    }
    List<FlowEdge> wires =
        clip.edges().stream()
            .map(e -> new FlowEdge(renamed.get(e.from()), e.port(), renamed.get(e.to())))
            .toList();
    FlowDocument pasted = withNodes(doc, append(doc.nodes(), copies), append(doc.edges(), wires));
    return new Pasted(pasted, List.copyOf(renamed.values()));
  }

  record Pasted(FlowDocument document, List<String> newIds) {}

  // "menu2" pastes as "menu3", not "menu21".
  private static String stem(String id) {
    String stem = id.replaceAll("[0-9]+$", "");
    return stem.isEmpty() ? id : stem;
  }

  private static FlowNode keepPosition(FlowNode updated, FlowNode old) {
    return updated.hasPosition()
        ? updated
        : new FlowNode(updated.id(), updated.type(), old.x(), old.y(), updated.options());
  }

  private static <T> List<T> append(List<T> list, List<T> more) {
    List<T> all = new ArrayList<>(list);
    all.addAll(more);
    return all;
  }

  private static FlowDocument withNodes(
      FlowDocument doc, List<FlowNode> nodes, List<FlowEdge> edges) {
    return new FlowDocument(doc.format(), doc.name(), nodes, edges);
  }
}
