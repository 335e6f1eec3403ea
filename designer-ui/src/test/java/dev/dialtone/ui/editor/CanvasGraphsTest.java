package dev.dialtone.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.dialtone.flow.FlowCompiler;
import dev.dialtone.flow.Problem;
import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.flow.model.FlowEdge;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.ui.editor.CanvasGraph.CanvasEdge;
import dev.dialtone.ui.editor.CanvasGraph.CanvasNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanvasGraphsTest {

  private final CanvasGraphs graphs = new CanvasGraphs(new FlowCompiler().nodeTypes());

  private final FlowDocument menu =
      new FlowDocument(
          "Menu",
          List.of(
              new FlowNode("start", "start", 40, 100, Map.of()),
              new FlowNode("hello", "talk", 200, 100, Map.of("text", "Press 1 or 2")),
              new FlowNode("route", "branch", 360, 120, Map.of("cases", List.of("1", "2"))),
              new FlowNode("again", "goto", Map.of("count", 2)),
              new FlowNode("bye", "hangup")),
          List.of(
              new FlowEdge("start", "hello"),
              new FlowEdge("hello", "route"),
              new FlowEdge("route", "1", "bye"),
              new FlowEdge("route", "default", "again")));

  @Test
  void portsComeFromTheCatalogueWithOnePortPerBranchCase() {
    CanvasGraph graph = graphs.of(menu, List.of());

    assertThat(node(graph, "start").ports()).containsExactly("next");
    assertThat(node(graph, "route").ports()).containsExactly("1", "2", "default");
    assertThat(node(graph, "again").ports()).containsExactly("loop", "done");
    assertThat(node(graph, "bye").ports()).isEmpty();
  }

  @Test
  void everyNodeButStartTakesAWireIn() {
    CanvasGraph graph = graphs.of(menu, List.of());

    assertThat(graph.nodes())
        .filteredOn(CanvasNode::hasInput)
        .extracting(CanvasNode::id)
        .containsExactly("hello", "route", "again", "bye");
  }

  @Test
  void placedNodesKeepTheirPositionAndUnplacedOnesGoInARowBelow() {
    CanvasGraph graph = graphs.of(menu, List.of());

    assertThat(node(graph, "hello"))
        .extracting(CanvasNode::x, CanvasNode::y)
        .containsExactly(200, 100);
    int row = 120 + CanvasGraphs.UNPLACED_GAP_Y;
    assertThat(node(graph, "again"))
        .extracting(CanvasNode::x, CanvasNode::y)
        .containsExactly(40, row);
    assertThat(node(graph, "bye"))
        .extracting(CanvasNode::x, CanvasNode::y)
        .containsExactly(40 + CanvasGraphs.UNPLACED_GAP_X, row);
    // the canvas lays out the unplaced ones when it opens the flow
    assertThat(node(graph, "hello").placed()).isTrue();
    assertThat(node(graph, "again").placed()).isFalse();
  }

  @Test
  void edgesKeepTheirPortAndGetUniqueIds() {
    CanvasGraph graph = graphs.of(menu, List.of());

    assertThat(graph.edges())
        .extracting(CanvasEdge::source, CanvasEdge::port, CanvasEdge::target)
        .containsExactly(
            tuple("start", "next", "hello"),
            tuple("hello", "next", "route"),
            tuple("route", "1", "bye"),
            tuple("route", "default", "again"));
    assertThat(graph.edges()).extracting(CanvasEdge::id).doesNotHaveDuplicates();
  }

  @Test
  void problemsAreAttachedToTheirNode() {
    Problem problem =
        Problem.ofNode("route", "ports.2", "unconnected_port", "port '2' of 'route' leads nowhere");

    CanvasGraph graph =
        graphs.of(menu, List.of(problem, Problem.ofDocument("name", "invalid_name", "x")));

    assertThat(node(graph, "route").problems())
        .containsExactly("port '2' of 'route' leads nowhere");
    assertThat(node(graph, "hello").problems()).isEmpty();
  }

  @Test
  void summariesSayWhatANodeDoes() {
    CanvasGraph graph = graphs.of(menu, List.of());

    assertThat(node(graph, "hello").summary()).isEqualTo("Press 1 or 2");
    assertThat(node(graph, "route").summary()).isEqualTo("cases 1, 2");
    assertThat(node(graph, "again").summary()).isEqualTo("count 2");
    assertThat(node(graph, "bye").summary()).isEmpty();
  }

  private static CanvasNode node(CanvasGraph graph, String id) {
    return graph.nodes().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
  }
}
