package dev.dialtone.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import dev.dialtone.ui.editor.CanvasEdit.EdgeRef;
import dev.dialtone.ui.editor.CanvasEdit.NodePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/** The browser's canvas events, as the Java side turns them into typed events. */
class FlowCanvasTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final FlowCanvas canvas = new FlowCanvas();
  private final List<CanvasEdit> edits = new ArrayList<>();
  private final List<FlowCanvas.SelectionEvent> selections = new ArrayList<>();

  FlowCanvasTest() {
    canvas.setReadOnly(false);
    canvas.addEditListener(event -> edits.add(event.edit()));
    canvas.addSelectionListener(selections::add);
  }

  @Test
  void everyKindOfEditArrivesAsItsRecord() {
    edit("{\"kind\":\"add\",\"type\":\"talk\",\"x\":120,\"y\":-80}");
    edit(
        "{\"kind\":\"move\",\"positions\":[{\"nodeId\":\"a\",\"x\":1,\"y\":2},{\"nodeId\":\"b\",\"x\":3.6,\"y\":4}]}");
    edit("{\"kind\":\"arrange\",\"positions\":[{\"nodeId\":\"c\",\"x\":5,\"y\":6}]}");
    edit("{\"kind\":\"connect\",\"from\":\"menu\",\"port\":\"next\",\"to\":\"key\"}");
    edit(
        "{\"kind\":\"delete\",\"nodeIds\":[\"key\"],\"edges\":[{\"from\":\"a\",\"port\":\"1\",\"to\":\"b\"}]}");
    edit("{\"kind\":\"copy\",\"nodeIds\":[\"menu\",\"key\"]}");
    edit("{\"kind\":\"paste\"}");
    edit("{\"kind\":\"undo\"}");
    edit("{\"kind\":\"redo\"}");

    assertThat(edits)
        .containsExactly(
            new CanvasEdit.AddNode("talk", 120, -80),
            new CanvasEdit.MoveNodes(
                List.of(new NodePosition("a", 1, 2), new NodePosition("b", 4, 4))),
            new CanvasEdit.Arrange(List.of(new NodePosition("c", 5, 6))),
            new CanvasEdit.Connect("menu", "next", "key"),
            new CanvasEdit.Delete(List.of("key"), List.of(new EdgeRef("a", "1", "b"))),
            new CanvasEdit.Copy(List.of("menu", "key")),
            new CanvasEdit.Paste(),
            new CanvasEdit.Undo(),
            new CanvasEdit.Redo());
  }

  @Test
  void malformedEditsAreIgnored() {
    edit("{\"kind\":\"add\",\"type\":\"talk\",\"x\":\"left\",\"y\":0}");
    edit("{\"kind\":\"add\",\"type\":\"\",\"x\":0,\"y\":0}");
    edit("{\"kind\":\"add\",\"type\":\"talk\",\"x\":1e12,\"y\":0}");
    edit("{\"kind\":\"move\",\"positions\":[]}");
    edit("{\"kind\":\"move\",\"positions\":[{\"nodeId\":\"a\",\"x\":1}]}");
    edit("{\"kind\":\"connect\",\"from\":\"menu\",\"to\":\"key\"}");
    edit("{\"kind\":\"delete\",\"nodeIds\":\"key\",\"edges\":[]}");
    edit("{\"kind\":\"delete\",\"nodeIds\":[7],\"edges\":[]}");
    edit("{\"kind\":\"explode\"}");
    edit("[]");
    edit("null");

    assertThat(edits).isEmpty();
  }

  @Test
  void aReadOnlyCanvasPassesOnlyCopies() {
    canvas.setReadOnly(true);

    edit("{\"kind\":\"connect\",\"from\":\"menu\",\"port\":\"next\",\"to\":\"key\"}");
    edit("{\"kind\":\"undo\"}");
    edit("{\"kind\":\"copy\",\"nodeIds\":[\"menu\"]}");

    assertThat(edits).containsExactly(new CanvasEdit.Copy(List.of("menu")));
  }

  @Test
  void theSelectionArrivesWithItsNodesAndWires() {
    fire(
        "canvas-selection",
        "{\"nodeIds\":[\"a\",\"b\"],\"edges\":[{\"from\":\"a\",\"port\":\"next\",\"to\":\"b\"}]}");
    fire("canvas-selection", "{\"nodeIds\":[],\"edges\":[]}");
    fire("canvas-selection", "{\"nodeIds\":[\"a\"]}");

    assertThat(selections).hasSize(2);
    assertThat(selections.get(0).nodeIds()).containsExactly("a", "b");
    assertThat(selections.get(0).edges()).containsExactly(new EdgeRef("a", "next", "b"));
    assertThat(selections.get(1).nodeIds()).isEmpty();
  }

  @Test
  void aRepeatedFocusOnOneNodeIsANewRequest() {
    canvas.focusNode("menu");
    String first = state("focus");
    canvas.focusNode("menu");

    assertThat(first).contains("\"id\":\"menu\"");
    assertThat(state("focus")).contains("\"id\":\"menu\"").isNotEqualTo(first);
  }

  @Test
  void theBrowserGetsTheRunTheDirtyFlagAndFitRequests() {
    canvas.showRun(
        new FlowCanvas.RunView("key", List.of("start", "menu", "key"), Map.of("menu", 1200L)));
    canvas.setDirty(true);
    String fit = state("fitRequest");
    canvas.fitView();

    assertThat(JSON.readTree(state("run")))
        .isEqualTo(
            JSON.readTree(
                "{\"active\":\"key\",\"path\":[\"start\",\"menu\",\"key\"],"
                    + "\"durationsMs\":{\"menu\":1200}}"));
    assertThat(state("dirty")).isEqualTo("true");
    assertThat(state("fitRequest")).isNotEqualTo(fit);
  }

  private String state(String name) {
    return String.valueOf(canvas.getElement().getPropertyRaw(name));
  }

  private void edit(String detail) {
    fire("canvas-edit", detail);
  }

  private void fire(String type, String detail) {
    ObjectNode data = JSON.createObjectNode();
    data.set("event.detail", JSON.readTree(detail));
    canvas
        .getElement()
        .getNode()
        .getFeature(ElementListenerMap.class)
        .fireEvent(new DomEvent(canvas.getElement(), type, (JsonNode) data));
  }
}
