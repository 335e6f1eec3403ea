package dev.dialtone.flow.bench;

import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.flow.model.FlowEdge;
import dev.dialtone.flow.model.FlowNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Large flows for benchmarks and scaling tests: a start, then talk/digits pairs, then hangup. */
public final class ChainFlows {

  private ChainFlows() {}

  /** A placed chain of {@code size} nodes in total (at least 2). */
  public static FlowDocument chain(int size) {
    List<FlowNode> nodes = new ArrayList<>();
    List<FlowEdge> edges = new ArrayList<>();
    nodes.add(new FlowNode("start", "start", 0, 0, Map.of()));
    for (int i = 1; i < size - 1; i++) {
      String id = "n" + i;
      FlowNode node =
          i % 2 == 1
              ? new FlowNode(id, "talk", i * 160, 0, Map.of("text", "Step " + i))
              : new FlowNode(id, "digits", i * 160, 0, Map.of("variable", "key_" + i));
      nodes.add(node);
      edges.add(new FlowEdge(nodes.get(i - 1).id(), id));
    }
    nodes.add(new FlowNode("bye", "hangup", (size - 1) * 160, 0, Map.of()));
    edges.add(new FlowEdge(nodes.get(size - 2).id(), "bye"));
    return new FlowDocument("Chain of " + size, nodes, edges);
  }

  /** The same chain with the first talk node's text replaced, as after a small edit. */
  public static FlowDocument withText(FlowDocument chain, String text) {
    List<FlowNode> nodes = new ArrayList<>(chain.nodes());
    FlowNode first = nodes.get(1);
    nodes.set(
        1, new FlowNode(first.id(), first.type(), first.x(), first.y(), Map.of("text", text)));
    return new FlowDocument(chain.name(), nodes, chain.edges());
  }
}
