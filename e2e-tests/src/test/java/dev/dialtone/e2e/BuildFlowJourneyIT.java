package dev.dialtone.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import dev.dialtone.e2e.pages.EditorPage;
import dev.dialtone.e2e.pages.FlowsPage;
import dev.dialtone.e2e.pages.LoginPage;
import dev.dialtone.e2e.pages.PropertyPanelPage;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Journey 2: build the seed-like IVR from a new flow entirely on the canvas — nodes dragged from
 * the palette, options typed into the property panel, wires drawn port to node — save, reload the
 * page, and the same graph comes back.
 */
@ExtendWith(DialtoneExtension.class)
class BuildFlowJourneyIT {

  private static final String MENU = "Press 1 for sales, 2 for support.";

  private Page page;
  private EditorPage editor;
  private PropertyPanelPage properties;

  @Test
  void buildTheIvrByDragAndDrop(Page page, DialtoneApp app, Api api) {
    this.page = page;
    page.setViewportSize(1920, 1080);
    String name = Fixtures.unique("Built by hand");
    String baseUrl = app.baseUri().toString();
    FlowsPage flows =
        new LoginPage(page, baseUrl).open().logInAs(DialtoneApp.ADMIN, app.adminPassword());
    editor = flows.createFlow(name);
    properties = new PropertyPanelPage(page);
    // the new flow is start → hangup; give them their places in the layout first
    moveTo("start", 0, 0);
    moveTo("hangup", 5, 1);

    add("talk", 1, 0, "menu").fill("text", MENU);
    add("digits", 2, 0, "key");
    add("branch", 3, 0, "route").addListValue("cases", "1").addListValue("cases", "2");
    add("talk", 4, 0, "sales").fill("text", "Connecting you to sales.");
    add("talk", 4, 1, "support").fill("text", "Connecting you to support.");
    add("talk", 4, 2, "sorry").fill("text", "Sorry, I did not get that.");
    add("goto", 3, 2, "again").fill("count", "2");
    add("talk", 2, 2, "goodbye").fill("text", "Goodbye.");
    assertThat(editor.node("menu")).containsText("Press 1 for sales");
    assertThat(editor.port("route", "2")).isVisible();

    wire("start", "next", "menu");
    wire("menu", "next", "key");
    wire("key", "next", "route");
    wire("route", "1", "sales");
    wire("route", "2", "support");
    wire("route", "default", "sorry");
    wire("sales", "next", "hangup");
    wire("support", "next", "hangup");
    wire("sorry", "next", "again");
    wire("again", "loop", "menu");
    wire("again", "done", "goodbye");
    wire("goodbye", "next", "hangup");

    assertThat(page.locator("#problems")).isHidden();
    Screenshots.take(page, "editor-built");
    page.locator("#save").click();
    assertThat(page.locator("#save-state")).hasAttribute("data-dirty", "false");

    JsonNode stored = api.flowNamed(name).orElseThrow();
    JsonNode document = stored.get("document");
    assertThat(ids(document))
        .containsExactlyInAnyOrder(
            "start", "menu", "key", "route", "sales", "support", "sorry", "again", "goodbye",
            "hangup");
    assertThat(wires(document))
        .containsExactlyInAnyOrder(
            "start:next->menu",
            "menu:next->key",
            "key:next->route",
            "route:1->sales",
            "route:2->support",
            "route:default->sorry",
            "sales:next->hangup",
            "support:next->hangup",
            "sorry:next->again",
            "again:loop->menu",
            "again:done->goodbye",
            "goodbye:next->hangup");
    assertThat(option(document, "menu", "text").asString()).isEqualTo(MENU);
    assertThat(option(document, "again", "count").asInt()).isEqualTo(2);
    assertThat(option(document, "route", "cases").toString()).isEqualTo("[\"1\",\"2\"]");
    assertThat(stored.get("problems")).isEmpty();

    editor.reload();
    assertThat(new TreeSet<>(editor.nodeIds())).isEqualTo(ids(document));
    assertThat(editor.edges()).hasCount(12);
    for (JsonNode node : document.get("nodes")) {
      EditorPage.Point at = editor.nodePosition(node.get("id").asString());
      assertThat(at.x()).as(node.get("id").asString()).isEqualTo(node.get("x").asDouble());
      assertThat(at.y()).as(node.get("id").asString()).isEqualTo(node.get("y").asDouble());
    }
    assertThat(page.locator("#save-state")).hasAttribute("data-dirty", "false");
  }

  /** Drops a node of {@code type} into a grid cell, then names it in the property panel. */
  private PropertyPanelPage add(String type, int column, int row, String id) {
    Set<String> before = new TreeSet<>(editor.nodeIds());
    Map<String, Double> at = cell(column, row);
    editor.dragPaletteItem(type, at.get("x"), at.get("y"));
    page.waitForCondition(() -> editor.nodeIds().size() == before.size() + 1);
    String added =
        editor.nodeIds().stream().filter(n -> !before.contains(n)).findFirst().orElseThrow();
    // the panel follows the canvas's selection of the new node: wait for it, not for the form of
    // the previous node of the same type
    assertThat(properties.idField().locator("input")).hasValue(added);
    assertThat(properties.form(type)).isVisible();
    properties.rename(id);
    assertThat(editor.node(id)).isVisible();
    return properties;
  }

  private void wire(String from, String port, String to) {
    editor.connect(from, port, to);
    assertThat(editor.edge(from, port, to)).hasCount(1);
  }

  private void moveTo(String nodeId, int column, int row) {
    BoundingBox box = editor.node(nodeId).locator(".dt-head").boundingBox();
    BoundingBox pane = pane();
    Map<String, Double> at = cell(column, row);
    editor.dragNode(
        nodeId,
        pane.x + at.get("x") - (box.x + box.width / 2),
        pane.y + at.get("y") - (box.y + box.height / 2));
    page.waitForCondition(
        () -> {
          BoundingBox now = editor.node(nodeId).locator(".dt-head").boundingBox();
          return Math.abs(now.x + now.width / 2 - (pane.x + at.get("x"))) < 4;
        });
  }

  // Cells far enough apart for the widest node at the zoom a two-node flow opens with.
  private static Map<String, Double> cell(int column, int row) {
    Map<String, Double> at = new HashMap<>();
    at.put("x", 190.0 + column * 195);
    at.put("y", 80.0 + row * 190);
    return at;
  }

  private BoundingBox pane() {
    return page.locator("#canvas .react-flow").boundingBox();
  }

  private static Set<String> ids(JsonNode document) {
    Set<String> ids = new TreeSet<>();
    document.get("nodes").forEach(n -> ids.add(n.get("id").asString()));
    return ids;
  }

  private static Set<String> wires(JsonNode document) {
    Set<String> wires = new TreeSet<>();
    document
        .get("edges")
        .forEach(
            e ->
                wires.add(
                    e.get("from").asString()
                        + ":"
                        + (e.has("port") ? e.get("port").asString() : "next")
                        + "->"
                        + e.get("to").asString()));
    return wires;
  }

  private static JsonNode option(JsonNode document, String nodeId, String option) {
    for (JsonNode node : document.get("nodes")) {
      if (node.get("id").asString().equals(nodeId)) {
        return node.get("options").get(option);
      }
    }
    throw new AssertionError("no node " + nodeId);
  }
}
