package dev.dialtone.flow.model;

import java.util.List;
import java.util.Optional;

/**
 * A call flow as the designer draws it: nodes joined by edges from a node's port to another node.
 * Immutable; a draft may be invalid (see {@code FlowCompiler.validate}).
 */
public record FlowDocument(String format, String name, List<FlowNode> nodes, List<FlowEdge> edges) {

  /** The only format this compiler reads and writes. */
  public static final String FORMAT = "dialtone.flow/1";

  public static final int MAX_NAME_LENGTH = 200;

  public FlowDocument {
    nodes = nodes == null ? List.of() : List.copyOf(nodes);
    edges = edges == null ? List.of() : List.copyOf(edges);
  }

  /** A document in the current format. */
  public FlowDocument(String name, List<FlowNode> nodes, List<FlowEdge> edges) {
    this(FORMAT, name, nodes, edges);
  }

  /** The first node with this id; ids are unique in a valid document. */
  public Optional<FlowNode> node(String id) {
    return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
  }

  public List<FlowEdge> edgesFrom(String nodeId) {
    return edges.stream().filter(e -> e.from().equals(nodeId)).toList();
  }
}
