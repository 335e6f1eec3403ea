package dev.dialtone.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.flow.FlowCompiler;
import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.flow.model.FlowEdge;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.ui.editor.properties.PropertyPanel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * What one edit sends back to the browser, in bytes of the JSON the canvas receives: the same for a
 * flow of 10 nodes as for one of 1,000 (sizes, not times, so the machine's speed cannot matter).
 * The browser's side of the round trip is as small: a move reports only the boxes that moved.
 */
class EditPayloadTest {

  private static final FlowCompiler COMPILER = new FlowCompiler();

  @Test
  void aMoveSendsAsManyBytesForTenNodesAsForAThousand() {
    Editing small = new Editing(flow(10));
    Editing big = new Editing(flow(1000));

    int smallBytes = small.bytesAfter(e -> e.apply(move("menu", 400, 220)));
    int bigBytes = big.bytesAfter(e -> e.apply(move("menu", 400, 220)));

    assertThat(bigBytes).isEqualTo(smallBytes);
    assertThat(big.openingBytes).isGreaterThan(100 * bigBytes);
  }

  @Test
  void anOptionEditSendsAsManyBytesForTenNodesAsForAThousand() {
    Editing small = new Editing(flow(10));
    Editing big = new Editing(flow(1000));
    FlowNode edited = new FlowNode("menu", "talk", 0, 100, Map.of("text", "Press 1 for sales"));

    int smallBytes = small.bytesAfter(e -> e.replaceNode("menu", edited));
    int bigBytes = big.bytesAfter(e -> e.replaceNode("menu", edited));

    assertThat(bigBytes).isEqualTo(smallBytes);
    assertThat(big.openingBytes).isGreaterThan(100 * bigBytes);
  }

  /** A DraftEditor and its canvas, with the size of the graph update the last change produced. */
  private static final class Editing {
    private final FlowCanvas canvas = new FlowCanvas();
    private final DraftEditor editor =
        new DraftEditor(
            COMPILER,
            canvas,
            new ProblemsPanel(),
            new PropertyPanel(COMPILER.nodeTypes(), COMPILER),
            () -> {});
    private final int openingBytes;

    Editing(FlowDocument flow) {
      editor.load(flow);
      openingBytes = sentBytes();
    }

    int bytesAfter(Consumer<DraftEditor> change) {
      change.accept(editor);
      return sentBytes();
    }

    private int sentBytes() {
      // The state as the browser receives it (without a UI the update is set at once).
      return String.valueOf(canvas.getElement().getPropertyRaw("graphUpdate")).length();
    }
  }

  private static CanvasEdit move(String nodeId, int x, int y) {
    return new CanvasEdit.MoveNodes(List.of(new CanvasEdit.NodePosition(nodeId, x, y)));
  }

  /** start → menu → a chain of talk nodes → bye: the edited node is the same in every size. */
  private static FlowDocument flow(int size) {
    List<FlowNode> nodes = new ArrayList<>();
    List<FlowEdge> edges = new ArrayList<>();
    nodes.add(new FlowNode("start", "start", 0, 0, Map.of()));
    nodes.add(new FlowNode("menu", "talk", 0, 100, Map.of("text", "Hello")));
    edges.add(new FlowEdge("start", "menu"));
    String previous = "menu";
    for (int i = 3; i < size; i++) {
      String id = "t" + i;
      nodes.add(new FlowNode(id, "talk", 0, i * 100, Map.of("text", "Prompt " + i)));
      edges.add(new FlowEdge(previous, id));
      previous = id;
    }
    nodes.add(new FlowNode("bye", "hangup", 0, size * 100, Map.of()));
    edges.add(new FlowEdge(previous, "bye"));
    return new FlowDocument("Size " + size, nodes, edges);
  }
}
