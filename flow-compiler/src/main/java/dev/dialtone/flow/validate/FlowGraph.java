package dev.dialtone.flow.validate;

import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.flow.model.FlowEdge;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.flow.nodes.NodeCatalogue;
import dev.dialtone.flow.nodes.NodeType;
import dev.dialtone.flow.nodes.Port;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A document with its nodes and edges indexed and typed, shared by the checks. The checks look up
 * nodes and outgoing edges here, never by scanning the document, so validation stays linear.
 */
public final class FlowGraph {

  private final FlowDocument document;
  private final NodeCatalogue catalogue;
  private final Map<String, FlowNode> nodes = new LinkedHashMap<>();
  private final Map<String, List<FlowEdge>> edgesFrom = new HashMap<>();

  public FlowGraph(FlowDocument document, NodeCatalogue catalogue) {
    this.document = document;
    this.catalogue = catalogue;
    document.nodes().forEach(node -> nodes.putIfAbsent(node.id(), node));
    document
        .edges()
        .forEach(edge -> edgesFrom.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge));
  }

  /** The edges leaving a node, in document order. */
  public List<FlowEdge> edgesFrom(String nodeId) {
    return edgesFrom.getOrDefault(nodeId, List.of());
  }

  public FlowDocument document() {
    return document;
  }

  public Optional<FlowNode> node(String id) {
    return Optional.ofNullable(nodes.get(id));
  }

  public Optional<NodeType> type(FlowNode node) {
    return catalogue.find(node.type());
  }

  /** The node's ports; none for a node of unknown type. */
  public List<Port> ports(FlowNode node) {
    return type(node).map(type -> type.ports(node)).orElse(List.of());
  }

  public boolean hasPort(FlowNode node, String port) {
    return ports(node).stream().anyMatch(p -> p.name().equals(port));
  }
}
