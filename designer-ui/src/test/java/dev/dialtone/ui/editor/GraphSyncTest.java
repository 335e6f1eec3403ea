package dev.dialtone.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.ui.editor.CanvasGraph.CanvasEdge;
import dev.dialtone.ui.editor.CanvasGraph.CanvasNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GraphSyncTest {

  private final GraphSync sync = new GraphSync();

  @Test
  void theFirstGraphGoesWholeThenOnlyWhatChanged() {
    CanvasGraph big = chain(1000);
    GraphUpdate first = sync.next(big);
    assertThat(first.full()).isEqualTo(big);
    assertThat(first.revision()).isEqualTo(1);

    GraphUpdate moved = sync.next(moved(big, "n500", 40, 60));

    assertThat(moved.full()).isNull();
    assertThat(moved.base()).isEqualTo(1);
    assertThat(moved.revision()).isEqualTo(2);
    assertThat(moved.nodes()).extracting(CanvasNode::id).containsExactly("n500");
    assertThat(moved.nodes().getFirst().x()).isEqualTo(40);
    assertThat(moved.removedNodes()).isEmpty();
    assertThat(moved.edges()).isEmpty();
    assertThat(moved.size()).isEqualTo(1);
  }

  @Test
  void anEditCostsTheSameOnASmallAndABigFlow() {
    GraphSync small = new GraphSync();
    small.next(chain(20));
    sync.next(chain(1000));

    int smallSize = small.next(withoutNode(chain(20), "n10")).size();
    int bigSize = sync.next(withoutNode(chain(1000), "n10")).size();

    // the node and its two wires
    assertThat(smallSize).isEqualTo(3);
    assertThat(bigSize).isEqualTo(smallSize);
  }

  @Test
  void removedWiresAndNodesAreNamedAndNothingIsSentTwice() {
    CanvasGraph graph = chain(10);
    sync.next(graph);
    CanvasGraph smaller = withoutNode(graph, "n3");

    GraphUpdate update = sync.next(smaller);

    assertThat(update.removedNodes()).containsExactly("n3");
    assertThat(update.removedEdges()).containsExactlyInAnyOrder("n2:next->n3", "n3:next->n4");
    assertThat(sync.next(smaller)).isNull();
  }

  @Test
  void afterForgettingOrWhenMostChangedTheWholeGraphIsSent() {
    CanvasGraph graph = chain(10);
    sync.next(graph);
    sync.forget();
    assertThat(sync.next(graph).full()).isEqualTo(graph);

    CanvasGraph other = chain(4);
    assertThat(sync.next(other).full()).isEqualTo(other);
  }

  private static CanvasGraph chain(int size) {
    List<CanvasNode> nodes = new ArrayList<>();
    List<CanvasEdge> edges = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      nodes.add(node("n" + i, i * 10, 0));
      if (i > 0) {
        edges.add(new CanvasEdge("n" + (i - 1) + ":next->n" + i, "n" + (i - 1), "next", "n" + i));
      }
    }
    return new CanvasGraph(nodes, edges);
  }

  private static CanvasNode node(String id, int x, int y) {
    return new CanvasNode(
        id, "talk", "#2563eb", "Hello", x, y, true, List.of("next"), List.of(), true);
  }

  private static CanvasGraph moved(CanvasGraph graph, String id, int x, int y) {
    return new CanvasGraph(
        graph.nodes().stream().map(n -> n.id().equals(id) ? node(id, x, y) : n).toList(),
        graph.edges());
  }

  private static CanvasGraph withoutNode(CanvasGraph graph, String id) {
    return new CanvasGraph(
        graph.nodes().stream().filter(n -> !n.id().equals(id)).toList(),
        graph.edges().stream()
            .filter(e -> !e.source().equals(id) && !e.target().equals(id))
            .toList());
  }
}
