package dev.dialtone.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import dev.dialtone.flow.FlowCompiler;
import dev.dialtone.flow.Problem;
import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.flow.model.FlowEdge;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.ui.editor.properties.PropertyPanel;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DraftEditorTest {

  private static final FlowDocument FLOW =
      new FlowDocument(
          "Small",
          List.of(
              new FlowNode("start", "start", 0, 0, Map.of()),
              new FlowNode("menu", "talk", 0, 100, Map.of("text", "Hello")),
              new FlowNode("bye", "hangup", 0, 200, Map.of())),
          List.of(new FlowEdge("start", "menu"), new FlowEdge("menu", "bye")));

  private static final FlowCompiler COMPILER = new FlowCompiler();
  private final FlowCanvas canvas = new FlowCanvas();
  private final ProblemsPanel panel = new ProblemsPanel();
  private final AtomicInteger changes = new AtomicInteger();
  private final DraftEditor editor =
      new DraftEditor(
          COMPILER,
          canvas,
          panel,
          new PropertyPanel(COMPILER.nodeTypes(), COMPILER),
          changes::incrementAndGet);

  @Test
  void anEditFromTheCanvasIsAppliedAndValidatedAtOnce() {
    editor.load(FLOW);
    assertThat(editor.problems()).isEmpty();
    assertThat(panel.isVisible()).isFalse();

    edit(new CanvasEdit.AddNode("talk", 300, 100));

    assertThat(editor.document().node("talk1")).isPresent();
    assertThat(editor.isDirty()).isTrue();
    assertThat(editor.problems())
        .extracting(Problem::nodeId, Problem::field)
        .contains(org.assertj.core.groups.Tuple.tuple("talk1", "text"));
    assertThat(panel.isVisible()).isTrue();
  }

  @Test
  void undoThroughTheCanvasRestoresTheValidDraft() {
    editor.load(FLOW);
    edit(new CanvasEdit.Delete(List.of("bye"), List.of()));
    assertThat(editor.problems()).isNotEmpty();

    edit(new CanvasEdit.Undo());

    assertThat(editor.document()).isEqualTo(FLOW);
    assertThat(editor.problems()).isEmpty();
    assertThat(editor.isDirty()).isFalse();
    assertThat(editor.canRedo()).isTrue();
  }

  @Test
  void theDeleteButtonDeletesWhatTheCanvasHasSelected() {
    editor.load(FLOW);
    assertThat(editor.hasSelection()).isFalse();
    ComponentUtil.fireEvent(
        canvas,
        new FlowCanvas.SelectionEvent(
            canvas, List.of("menu"), List.of(new CanvasEdit.EdgeRef("start", "next", "menu"))));
    assertThat(editor.hasSelection()).isTrue();

    editor.deleteSelection();

    assertThat(editor.document().node("menu")).isEmpty();
    assertThat(editor.document().edges()).isEmpty();
  }

  @Test
  void savingMakesItCleanAndTellsTheView() {
    editor.load(FLOW);
    edit(new CanvasEdit.AddNode("hangup", 0, 300));
    int before = changes.get();

    editor.saved(editor.document());

    assertThat(editor.isDirty()).isFalse();
    assertThat(changes.get()).isGreaterThan(before);
  }

  @Test
  void whileAVersionIsShownNothingChangesTheDraftAndBackToDraftShowsItAsItWas() {
    editor.load(FLOW);
    edit(new CanvasEdit.AddNode("hangup", 0, 300));
    FlowDocument draft = editor.document();
    FlowDocument published =
        new FlowDocument(
            "Small",
            List.of(new FlowNode("start", "start", 0, 0, Map.of()), new FlowNode("end", "hangup")),
            List.of(new FlowEdge("start", "end")));

    editor.showVersion(published);
    assertThat(editor.isViewingVersion()).isTrue();
    edit(new CanvasEdit.Delete(List.of("menu"), List.of()));
    edit(new CanvasEdit.Undo());

    assertThat(editor.document()).isEqualTo(draft);
    editor.backToDraft();
    assertThat(editor.isViewingVersion()).isFalse();
    assertThat(editor.document()).isEqualTo(draft);
    assertThat(editor.isDirty()).isTrue();
    edit(new CanvasEdit.Undo()); // editing works again
    assertThat(editor.document()).isEqualTo(FLOW);
  }

  @Test
  void aMoveKeepsTheProblemsFoundWithoutValidatingAgain() {
    editor.load(FLOW);
    edit(new CanvasEdit.Delete(List.of("bye"), List.of()));
    List<Problem> found = editor.problems();
    assertThat(found).isNotEmpty();

    edit(new CanvasEdit.MoveNodes(List.of(new CanvasEdit.NodePosition("menu", 500, 500))));

    assertThat(editor.document().node("menu").orElseThrow().x()).isEqualTo(500);
    assertThat(editor.problems()).isSameAs(found);
    edit(new CanvasEdit.Undo()); // any other edit validates again
    edit(new CanvasEdit.Undo());
    assertThat(editor.problems()).isEmpty();
  }

  private void edit(CanvasEdit edit) {
    ComponentUtil.fireEvent(canvas, new FlowCanvas.EditEvent(canvas, edit));
  }
}
