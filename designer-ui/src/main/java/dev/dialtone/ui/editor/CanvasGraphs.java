package dev.dialtone.ui.editor;

import dev.dialtone.flow.NodeTypeInfo;
import dev.dialtone.flow.Problem;
import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.flow.model.FlowEdge;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.ui.editor.CanvasGraph.CanvasEdge;
import dev.dialtone.ui.editor.CanvasGraph.CanvasNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a flow document into what the canvas draws. Ports come from the compiler's node catalogue,
 * so the canvas never knows node types by itself. Nodes without a position are laid out in a row
 * below the placed ones.
 */
public final class CanvasGraphs {

  static final int UNPLACED_GAP_X = 240;
  static final int UNPLACED_GAP_Y = 160;

  /** The colour of a node whose type the catalogue does not know (a stored flow gone stale). */
  static final String UNKNOWN_COLOUR = "#64748b";

  private final Map<String, NodeTypeInfo> types;

  public CanvasGraphs(List<NodeTypeInfo> types) {
    this.types = types.stream().collect(Collectors.toMap(NodeTypeInfo::type, Function.identity()));
  }

  public CanvasGraph of(FlowDocument document, List<Problem> problems) {
    int unplacedY =
        document.nodes().stream()
                .filter(FlowNode::hasPosition)
                .mapToInt(FlowNode::y)
                .max()
                .orElse(0)
            + UNPLACED_GAP_Y;
    List<CanvasNode> nodes = new ArrayList<>();
    int unplaced = 0;
    for (FlowNode node : document.nodes()) {
      int x = node.hasPosition() ? node.x() : 40 + UNPLACED_GAP_X * unplaced;
      int y = node.hasPosition() ? node.y() : unplacedY;
      unplaced += node.hasPosition() ? 0 : 1;
      nodes.add(
          new CanvasNode(
              node.id(),
              node.type(),
              colour(node),
              NodeSummary.of(node, types.get(node.type())),
              x,
              y,
              hasInput(node),
              ports(node),
              messagesFor(node.id(), problems),
              node.hasPosition()));
    }
    return new CanvasGraph(nodes, edges(document));
  }

  List<String> ports(FlowNode node) {
    NodeTypeInfo type = types.get(node.type());
    if (type == null) {
      return List.of();
    }
    Set<String> ports = new LinkedHashSet<>();
    if (type.portsFromOption() != null
        && node.option(type.portsFromOption()).orElse(null) instanceof List<?> values) {
      values.stream().map(String::valueOf).filter(value -> !value.isBlank()).forEach(ports::add);
    }
    ports.addAll(type.ports());
    return List.copyOf(ports);
  }

  private String colour(FlowNode node) {
    NodeTypeInfo type = types.get(node.type());
    return type == null ? UNKNOWN_COLOUR : type.colour();
  }

  private static boolean hasInput(FlowNode node) {
    return !node.type().equals("start");
  }

  private static List<CanvasEdge> edges(FlowDocument document) {
    List<CanvasEdge> edges = new ArrayList<>();
    for (FlowEdge edge : document.edges()) {
      edges.add(
          new CanvasEdge(
              edge.from() + ":" + edge.port() + "->" + edge.to() + "#" + edges.size(),
              edge.from(),
              edge.port(),
              edge.to()));
    }
    return edges;
  }

  private static List<String> messagesFor(String nodeId, List<Problem> problems) {
    return problems.stream().filter(p -> nodeId.equals(p.nodeId())).map(Problem::message).toList();
  }
}
