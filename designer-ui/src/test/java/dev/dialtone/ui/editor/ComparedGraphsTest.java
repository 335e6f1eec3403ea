package dev.dialtone.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.flow.FlowCompiler;
import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.flow.model.FlowEdge;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.ui.editor.CanvasGraph.CanvasNode;
import dev.dialtone.ui.editor.DiffMarks.WireMark;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComparedGraphsTest {

  private static final FlowCompiler COMPILER = new FlowCompiler();
  private final CanvasGraphs graphs = new CanvasGraphs(COMPILER.nodeTypes());

  private final FlowDocument v1 =
      new FlowDocument(
          "Menu",
          List.of(
              new FlowNode("start", "start", 0, 0, Map.of()),
              new FlowNode("menu", "talk", 0, 100, Map.of("text", "Hello")),
              new FlowNode("old", "talk", 300, 200, Map.of("text", "Bye")),
              new FlowNode("bye", "hangup", 0, 300, Map.of())),
          List.of(
              new FlowEdge("start", "menu"),
              new FlowEdge("menu", "old"),
              new FlowEdge("old", "bye")));

  private final FlowDocument v2 =
      new FlowDocument(
          "Menu",
          List.of(
              new FlowNode("start", "start", 0, 0, Map.of()),
              new FlowNode("menu", "talk", 0, 100, Map.of("text", "Hi")),
              new FlowNode("fresh", "talk", -300, 200, Map.of("text", "See you")),
              new FlowNode("bye", "hangup", 0, 300, Map.of())),
          List.of(
              new FlowEdge("start", "menu"),
              new FlowEdge("menu", "fresh"),
              new FlowEdge("fresh", "bye")));

  @Test
  void marksAddedRemovedAndChangedNodesAndWires() {
    ComparedGraphs.Compared compared = ComparedGraphs.of(graphs, v1, v2, COMPILER.diff(v1, v2));

    assertThat(compared.marks().nodes())
        .containsOnly(
            Map.entry("menu", "changed"), Map.entry("old", "removed"), Map.entry("fresh", "added"));
    assertThat(compared.marks().wires())
        .containsExactlyInAnyOrder(
            new WireMark("menu", "next", "fresh", "added"),
            new WireMark("fresh", "next", "bye", "added"),
            new WireMark("menu", "next", "old", "removed"),
            new WireMark("old", "next", "bye", "removed"));
  }

  @Test
  void drawsTheNewerVersionWithWhatItLostWhereItWas() {
    CanvasGraph graph = ComparedGraphs.of(graphs, v1, v2, COMPILER.diff(v1, v2)).graph();

    assertThat(graph.nodes())
        .extracting(CanvasNode::id)
        .containsExactly("start", "menu", "fresh", "bye", "old");
    CanvasNode ghost = graph.nodes().getLast();
    assertThat(ghost.x()).isEqualTo(300);
    assertThat(ghost.y()).isEqualTo(200);
    assertThat(graph.nodes().get(1).summary()).isEqualTo("Hi");
    assertThat(graph.edges())
        .extracting(e -> e.source() + "->" + e.target())
        .containsExactly("start->menu", "menu->fresh", "fresh->bye", "menu->old", "old->bye");
    // a comparison is about changes, not about what the compiler would say of either side
    assertThat(graph.nodes()).allSatisfy(node -> assertThat(node.problems()).isEmpty());
  }

  @Test
  void noChangesMarkNothing() {
    ComparedGraphs.Compared same = ComparedGraphs.of(graphs, v1, v1, COMPILER.diff(v1, v1));

    assertThat(same.marks()).isEqualTo(DiffMarks.NONE);
    assertThat(same.graph()).isEqualTo(graphs.of(v1, List.of()));
  }
}
