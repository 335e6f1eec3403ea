package dev.dialtone.ui.editor.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.flow.model.FlowEdge;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.ui.editor.CanvasEdit;
import dev.dialtone.ui.editor.CanvasEdit.EdgeRef;
import dev.dialtone.ui.editor.CanvasEdit.NodePosition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DraftTest {

  private static final FlowDocument SMALL =
      new FlowDocument(
          "Small",
          List.of(
              new FlowNode("start", "start", 0, 0, Map.of()),
              new FlowNode("menu", "talk", 0, 100, Map.of("text", "Hello")),
              new FlowNode("bye", "hangup", 0, 200, Map.of())),
          List.of(new FlowEdge("start", "menu"), new FlowEdge("menu", "bye")));

  @Test
  void aDroppedNodeGetsAFreeIdFromItsTypeAndIsRemembered() {
    Draft draft = new Draft(SMALL);
    assertThat(draft.apply(new CanvasEdit.AddNode("talk", 300, 40))).isTrue();
    assertThat(draft.apply(new CanvasEdit.AddNode("talk", 300, 140))).isTrue();

    assertThat(draft.document().nodes())
        .extracting(FlowNode::id)
        .containsExactly("start", "menu", "bye", "talk1", "talk2");
    assertThat(draft.document().node("talk2").orElseThrow().x()).isEqualTo(300);
    assertThat(draft.lastAdded()).containsExactly("talk2");
    assertThat(draft.isDirty()).isTrue();
  }

  @Test
  void connectingAUsedPortReplacesItsWire() {
    Draft draft = new Draft(SMALL);
    draft.apply(new CanvasEdit.AddNode("play", 0, 0));
    draft.apply(new CanvasEdit.Connect("menu", "next", "play1"));

    assertThat(draft.document().edges())
        .containsExactly(new FlowEdge("start", "menu"), new FlowEdge("menu", "play1"));
  }

  @Test
  void connectingToAMissingNodeChangesNothing() {
    Draft draft = new Draft(SMALL);
    assertThat(draft.apply(new CanvasEdit.Connect("menu", "next", "ghost"))).isFalse();
    assertThat(draft.isDirty()).isFalse();
  }

  @Test
  void deletingANodeTakesItsWiresAlong() {
    Draft draft = new Draft(SMALL);
    draft.apply(new CanvasEdit.Delete(List.of("menu"), List.of()));

    assertThat(draft.document().nodes()).extracting(FlowNode::id).containsExactly("start", "bye");
    assertThat(draft.document().edges()).isEmpty();
  }

  @Test
  void deletingAWireKeepsItsNodes() {
    Draft draft = new Draft(SMALL);
    draft.apply(new CanvasEdit.Delete(List.of(), List.of(new EdgeRef("menu", "next", "bye"))));

    assertThat(draft.document().nodes()).hasSize(3);
    assertThat(draft.document().edges()).containsExactly(new FlowEdge("start", "menu"));
  }

  @Test
  void undoAndRedoWalkThroughTheChanges() {
    Draft draft = new Draft(SMALL);
    draft.apply(new CanvasEdit.MoveNodes(List.of(new NodePosition("menu", 50, 120))));
    draft.apply(new CanvasEdit.Delete(List.of("bye"), List.of()));

    assertThat(draft.apply(new CanvasEdit.Undo())).isTrue();
    assertThat(draft.document().node("bye")).isPresent();
    assertThat(draft.apply(new CanvasEdit.Undo())).isTrue();
    assertThat(draft.document()).isEqualTo(SMALL);
    assertThat(draft.isDirty()).isFalse();
    assertThat(draft.apply(new CanvasEdit.Undo())).isFalse();

    assertThat(draft.apply(new CanvasEdit.Redo())).isTrue();
    assertThat(draft.document().node("menu").orElseThrow().x()).isEqualTo(50);
    assertThat(draft.apply(new CanvasEdit.Redo())).isTrue();
    assertThat(draft.document().node("bye")).isEmpty();
    assertThat(draft.canRedo()).isFalse();
  }

  @Test
  void aNewChangeAfterUndoDropsTheRedoSteps() {
    Draft draft = new Draft(SMALL);
    draft.apply(new CanvasEdit.Delete(List.of("bye"), List.of()));
    draft.apply(new CanvasEdit.Undo());
    draft.apply(new CanvasEdit.AddNode("play", 0, 0));

    assertThat(draft.canRedo()).isFalse();
  }

  @Test
  void typingIntoOneNodeUndoesAsOneStep() {
    Draft draft = new Draft(SMALL);
    draft.replaceNode("menu", talk("menu", "H"));
    draft.replaceNode("menu", talk("menu", "Hi"));
    draft.replaceNode("menu", talk("menu", "Hi there"));

    draft.apply(new CanvasEdit.Undo());
    assertThat(draft.document()).isEqualTo(SMALL);
  }

  @Test
  void renamingANodeRewiresItsEdges() {
    Draft draft = new Draft(SMALL);
    draft.replaceNode("menu", talk("welcome", "Hello"));

    assertThat(draft.document().edges())
        .containsExactly(new FlowEdge("start", "welcome"), new FlowEdge("welcome", "bye"));
    assertThat(draft.document().node("welcome").orElseThrow().y()).isEqualTo(100);
  }

  @Test
  void pasteCopiesNodesAndTheirInnerWiresUnderNewIdsShiftedEachTime() {
    Draft draft = new Draft(SMALL);
    draft.apply(new CanvasEdit.Copy(List.of("menu", "bye")));
    assertThat(draft.isDirty()).isFalse();

    draft.apply(new CanvasEdit.Paste());
    assertThat(draft.lastAdded()).containsExactly("menu1", "bye1");
    draft.apply(new CanvasEdit.Paste());
    assertThat(draft.lastAdded()).containsExactly("menu2", "bye2");

    FlowDocument doc = draft.document();
    assertThat(doc.edges())
        .contains(new FlowEdge("menu1", "bye1"), new FlowEdge("menu2", "bye2"))
        .doesNotContain(new FlowEdge("start", "menu1"));
    assertThat(doc.node("menu2").orElseThrow().x()).isEqualTo(80);
    assertThat(doc.node("menu2").orElseThrow().options()).containsEntry("text", "Hello");
  }

  @Test
  void pasteWithAnEmptyClipboardDoesNothing() {
    Draft draft = new Draft(SMALL);
    assertThat(draft.apply(new CanvasEdit.Paste())).isFalse();
  }

  @Test
  void savingMakesTheDraftCleanAgain() {
    Draft draft = new Draft(SMALL);
    draft.apply(new CanvasEdit.AddNode("talk", 1, 1));
    draft.saved(draft.document());
    assertThat(draft.isDirty()).isFalse();
    assertThat(draft.canUndo()).isTrue();
  }

  private static FlowNode talk(String id, String text) {
    return new FlowNode(id, "talk", null, null, Map.of("text", text));
  }

  @Test
  void arrangingPlacesOnlyUnplacedNodesAndLeavesNothingUnsavedOrToUndo() {
    FlowDocument imported =
        new FlowDocument(
            "Imported",
            List.of(
                new FlowNode("start", "start", null, null, Map.of()),
                new FlowNode("bye", "hangup", 7, 8, Map.of())),
            List.of(new FlowEdge("start", "bye")));
    Draft draft = new Draft(imported);

    boolean changed =
        draft.apply(
            new CanvasEdit.Arrange(
                List.of(new NodePosition("start", 20, 20), new NodePosition("bye", 20, 120))));

    assertThat(changed).isTrue();
    assertThat(draft.document().node("start").orElseThrow())
        .extracting(FlowNode::x, FlowNode::y)
        .containsExactly(20, 20);
    assertThat(draft.document().node("bye").orElseThrow())
        .extracting(FlowNode::x, FlowNode::y)
        .containsExactly(7, 8);
    assertThat(draft.isDirty()).isFalse();
    assertThat(draft.canUndo()).isFalse();
  }

  @Test
  void tidyingUpIsOneMoveThatUndoesAsOne() {
    Draft draft = new Draft(SMALL);
    draft.apply(
        new CanvasEdit.MoveNodes(
            List.of(
                new NodePosition("start", 50, 0),
                new NodePosition("menu", 50, 90),
                new NodePosition("bye", 50, 180))));
    assertThat(draft.isDirty()).isTrue();

    draft.apply(new CanvasEdit.Undo());

    assertThat(draft.document()).isEqualTo(SMALL);
    assertThat(draft.isDirty()).isFalse();
  }
}
