package dev.dialtone.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import dev.dialtone.e2e.pages.EditorPage;
import dev.dialtone.e2e.pages.LoginPage;
import dev.dialtone.e2e.pages.TestCallPanelPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The canvas as a daily tool: auto layout (no overlaps, no wire through a box, the simulated path
 * included), find with Ctrl+F, reconnecting a wire by dragging its end, and the rough edges that
 * once were there.
 */
@ExtendWith(DialtoneExtension.class)
class CanvasJourneyIT {

  @Test
  void tidyUpLaysTheSeedOutTopToBottomWithWiresAroundTheBoxes(Page page, DialtoneApp app, Api api) {
    EditorPage editor = open(page, app, api, "Tidy");
    assertThat(editor.routedWireCount()).isZero(); // hand-placed: plain wires

    editor.tidyUp();
    Screenshots.take(page, "editor-tidy-up");
    // the layout ELK found on opening (to route the wires) is the one Tidy up applies: no second
    // run
    assertThat(editor.lastLayoutReused()).isTrue();
    assertThat(editor.layoutRuns()).isEqualTo(1);
    assertThat(editor.node("start")).isInViewport();

    assertThat(editor.overlappingNodes()).isEmpty();
    assertThat(editor.wiresThroughNodes(false)).isEmpty();
    assertThat(editor.routedWireCount()).isEqualTo(editor.edges().count());
    double previous = Double.NEGATIVE_INFINITY;
    for (String id : new String[] {"start", "menu", "key", "route"}) {
      double y = editor.node(id).boundingBox().y;
      assertThat(y).as(id + " is below the node before it").isGreaterThan(previous);
      previous = y;
    }
    // text stays readable: the fit does not shrink a box's id below 10 px
    double idHeight = editor.node("menu").locator(".dt-id").boundingBox().height;
    assertThat(idHeight).isGreaterThanOrEqualTo(10);

    // Tidy up is one step to undo
    BoundingBox tidied = editor.node("sales").boundingBox();
    page.locator("#undo").click();
    assertThat(page.locator("#save-state")).hasAttribute("data-dirty", "false");
    page.locator("#redo").click();
    assertThat(page.locator("#save-state")).hasAttribute("data-dirty", "true");
    editor.awaitStillViewport();
    assertThat(editor.node("sales").boundingBox().y).isEqualTo(tidied.y, within(1));

    // the simulated call's path crosses no other box
    page.locator("#test-call").click();
    TestCallPanelPage call = new TestCallPanelPage(page);
    call.start().waitForLine("talk", "Press 1 for sales");
    call.pressKey("1").waitForLine("talk", "Connecting you to sales.");
    call.waitForStatus("hangup");
    assertThat(editor.takenEdges()).hasCount(5);
    Screenshots.take(page, "editor-tidy-simulated");
    assertThat(editor.wiresThroughNodes(true)).isEmpty();
  }

  @Test
  void aFlowWithoutPositionsIsLaidOutWhenOpenedWithNothingUnsaved(
      Page page, DialtoneApp app, Api api) {
    tools.jackson.databind.node.ObjectNode document = Fixtures.seedIvr(Fixtures.unique("Unplaced"));
    for (tools.jackson.databind.JsonNode node : document.get("nodes")) {
      ((tools.jackson.databind.node.ObjectNode) node).remove(java.util.List.of("x", "y"));
    }
    String id = api.createFlow(document.toString()).get("id").asString();
    String baseUrl = app.baseUri().toString();
    new LoginPage(page, baseUrl).open().logInAs(DialtoneApp.ADMIN, app.adminPassword());
    EditorPage editor = new EditorPage(page, baseUrl).open(id);

    page.waitForCondition(() -> editor.routedWireCount() == editor.edges().count());
    editor.awaitStillViewport();
    Screenshots.take(page, "editor-opened-unplaced");
    // the view is fitted to where the nodes now are
    assertThat(editor.node("start")).isInViewport();
    assertThat(editor.node("menu")).isInViewport();
    assertThat(editor.overlappingNodes()).isEmpty();
    assertThat(editor.wiresThroughNodes(false)).isEmpty();
    assertThat(page.locator("#save-state")).hasAttribute("data-dirty", "false");
    assertThat(page.locator("#undo")).isDisabled();

    // one box more is another graph: Tidy up runs ELK again rather than reuse the opening's layout
    assertThat(editor.layoutRuns()).isEqualTo(1);
    editor.addFromPalette("talk");
    assertThat(editor.node("talk1")).isVisible();
    String dropped = (String) editor.node("talk1").evaluate("n => n.style.transform");
    page.locator("#tidy-up").click();
    page.waitForCondition(() -> editor.layoutRuns() == 2);
    assertThat(editor.lastLayoutReused()).isFalse();
    page.waitForFunction(
        "t => document.querySelector(\"#canvas .react-flow__node[data-id='talk1']\")"
            + ".style.transform !== t",
        dropped);
    editor.awaitStillViewport();
    assertThat(editor.overlappingNodes()).isEmpty();
  }

  @Test
  void aFlowTooBigToFitOpensAtItsStartEvenWhenTheStartIsFarToTheSide(
      Page page, DialtoneApp app, Api api) {
    // a chain falling from the top right to the bottom left: far too tall for a readable fit, and
    // wider than the view, so the middle of its top is empty
    tools.jackson.databind.node.ObjectNode document =
        new tools.jackson.databind.ObjectMapper().createObjectNode();
    document.put("format", "dialtone.flow/1").put("name", Fixtures.unique("Tall and wide"));
    tools.jackson.databind.node.ArrayNode nodes = document.putArray("nodes");
    tools.jackson.databind.node.ArrayNode edges = document.putArray("edges");
    int size = 40;
    for (int i = 0; i < size; i++) {
      String type = i == 0 ? "start" : i == size - 1 ? "hangup" : "talk";
      tools.jackson.databind.node.ObjectNode node =
          nodes.addObject().put("id", i == 0 ? "start" : "n" + i).put("type", type);
      node.put("x", 4000 - i * 100).put("y", i * 160);
      if (type.equals("talk")) {
        node.putObject("options").put("text", "Prompt " + i);
      }
      if (i > 0) {
        edges.addObject().put("from", i == 1 ? "start" : "n" + (i - 1)).put("to", "n" + i);
      }
    }
    String id = api.createFlow(document.toString()).get("id").asString();
    String baseUrl = app.baseUri().toString();
    new LoginPage(page, baseUrl).open().logInAs(DialtoneApp.ADMIN, app.adminPassword());
    EditorPage editor = new EditorPage(page, baseUrl).open(id);

    editor.awaitStillViewport();
    Screenshots.take(page, "editor-opened-tall-and-wide");
    assertThat(editor.node("start")).isInViewport();
    BoundingBox pane = page.locator("#canvas .react-flow").boundingBox();
    BoundingBox start = editor.node("start").boundingBox();
    assertThat(start.x).isGreaterThanOrEqualTo(pane.x);
    assertThat(start.x + start.width).isLessThanOrEqualTo(pane.x + pane.width);
    assertThat(start.y).isGreaterThanOrEqualTo(pane.y);
  }

  @Test
  void ctrlFFindsANodeByIdOrTextAndCentresIt(Page page, DialtoneApp app, Api api) {
    EditorPage editor = open(page, app, api, "Find");

    editor.find("billing");

    // ids first (billing, billing_bye), then a text that mentions it (the menu's prompt)
    assertThat(editor.findStatus()).hasText("1 of 3");
    assertThat(editor.node("billing")).hasClass(java.util.regex.Pattern.compile("selected"));
    assertThat(editor.distanceFromPaneCentre("billing")).isLessThan(30);
    Screenshots.take(page, "editor-find");

    page.keyboard().press("Enter");
    assertThat(editor.findStatus()).hasText("2 of 3");
    assertThat(editor.node("billing_bye")).hasClass(java.util.regex.Pattern.compile("selected"));
    page.keyboard().press("Enter");
    assertThat(editor.findStatus()).hasText("3 of 3");
    assertThat(editor.node("menu")).hasClass(java.util.regex.Pattern.compile("selected"));
    assertThat(editor.distanceFromPaneCentre("menu")).isLessThan(30);

    page.keyboard().press("Escape");
    assertThat(editor.findStatus()).hasCount(0);
  }

  @Test
  void rightClickMenusDoWhatTheToolbarDoes(Page page, DialtoneApp app, Api api) {
    EditorPage editor = open(page, app, api, "Menus");
    editor.tidyUp();
    editor.fitView();

    editor.rightClickEdge("sales", "next", "sales_bye");
    assertThat(editor.contextMenu()).isVisible();
    Screenshots.take(page, "editor-wire-menu");
    editor.chooseFromMenu("delete");
    assertThat(editor.edge("sales", "next", "sales_bye")).hasCount(0);
    assertThat(editor.contextMenu()).hasCount(0);

    editor.rightClickNode("billing");
    assertThat(editor.contextMenu().locator("[data-item]"))
        .hasText(new String[] {"Rename…", "CopyCtrl+C", "DuplicateCtrl+C, Ctrl+V", "DeleteDel"});
    Screenshots.take(page, "editor-node-menu");
    int before = editor.nodeIds().size();
    editor.chooseFromMenu("duplicate");
    assertThat(page.locator("#canvas .react-flow__node")).hasCount(before + 1);
    String copy =
        editor.nodeIds().stream()
            .filter(
                id ->
                    id.startsWith("billing") && !id.startsWith("billing_") && !id.equals("billing"))
            .findFirst()
            .orElseThrow();
    assertThat(editor.node("billing")).hasCount(1);

    editor.rightClickNode(copy).chooseFromMenu("delete");
    assertThat(editor.node(copy)).hasCount(0);

    editor.rightClickNode("support").chooseFromMenu("rename");
    Locator idField = page.locator("#property-panel [data-field='id']");
    assertThat(idField).hasAttribute("focused", "");
    page.keyboard().type("helpdesk");
    page.keyboard().press("Enter");
    assertThat(editor.node("helpdesk")).hasCount(1);
    assertThat(editor.edge("route", "2", "helpdesk")).hasCount(1);

    // the same as steps of history: undo brings the wire back after the rename is undone
    for (int i = 0; i < 4; i++) {
      page.locator("#undo").click();
    }
    assertThat(editor.node("support")).hasCount(1);
    assertThat(editor.edge("sales", "next", "sales_bye")).hasCount(1);
  }

  @Test
  void questionMarkOpensTheShortcutSheetAndTooltipsNameTheKeys(
      Page page, DialtoneApp app, Api api) {
    EditorPage editor = open(page, app, api, "Shortcuts");
    Locator sheet = page.locator("#shortcut-sheet[opened]");

    // a "?" typed into a field is text, not the sheet
    editor.tidyUp();
    editor.fitView(); // the opening fit may leave a box under the palette
    editor.select("menu");
    page.locator("#property-panel [data-field='id'] input").click();
    page.keyboard().type("?");
    assertThat(sheet).hasCount(0);
    page.keyboard().press("Backspace");

    editor.focusCanvas();
    page.keyboard().press("?");

    assertThat(sheet).hasCount(1);
    for (String keys :
        new String[] {"Ctrl+Z", "Ctrl+Shift+Z", "Delete", "Ctrl+C", "Ctrl+V", "Ctrl+F"}) {
      assertThat(sheet).containsText(keys);
    }
    assertThat(sheet).containsText("Tidy up");
    Screenshots.take(page, "editor-shortcut-sheet");

    // toolbar tooltips name their keys
    for (String[] tip :
        new String[][] {
          {"undo", "Undo (Ctrl+Z)"},
          {"redo", "Redo (Ctrl+Shift+Z)"},
          {"delete-selection", "Delete the selection (Delete key)"},
          {"show-shortcuts", "Keyboard shortcuts (?)"}
        }) {
      assertThat(
              page.locator("#" + tip[0] + " > vaadin-tooltip").evaluate("t => t.text").toString())
          .isEqualTo(tip[1]);
    }

    // Escape closes the sheet all the way (it once stayed "closing", an invisible layer), each
    // time, and the editor takes clicks again
    for (int i = 0; i < 3; i++) {
      if (i > 0) {
        editor.focusCanvas();
        page.keyboard().press("?");
        assertThat(sheet).hasCount(1);
      }
      page.keyboard().press("Escape");
      assertThat(page.locator("#shortcut-sheet[opened]")).hasCount(0);
      page.waitForFunction(
          "() => { const d = document.querySelector('#shortcut-sheet');"
              + " const o = d && d.shadowRoot && d.shadowRoot.querySelector('[closing]');"
              + " return !o && !document.querySelector('[closing]'); }");
    }
    page.locator("#tidy-up").click();
    assertThat(page.locator("#save-state")).hasAttribute("data-dirty", "true");
  }

  @Test
  void draggingAWiresEndToAnotherNodeReconnectsIt(Page page, DialtoneApp app, Api api) {
    EditorPage editor = open(page, app, api, "Reconnect");
    editor.tidyUp();
    editor.fitView(); // the whole flow in view (the fit on opening keeps text readable instead)

    editor.reconnect("sales", "next", "sales_bye", "support_bye");

    assertThat(editor.edge("sales", "next", "support_bye")).hasCount(1);
    assertThat(editor.edge("sales", "next", "sales_bye")).hasCount(0);
    Screenshots.take(page, "editor-reconnected");
    // the same as one step of history
    page.locator("#undo").click();
    assertThat(editor.edge("sales", "next", "sales_bye")).hasCount(1);
  }

  @Test
  void roughEdgesStaySmoothed(Page page, DialtoneApp app, Api api) {
    EditorPage editor = open(page, app, api, "Rough");

    // the palette: icon and a line of description per tile; no second start
    assertThat(editor.paletteItem("start")).hasCount(0);
    assertThat(editor.paletteItem("talk").locator("vaadin-icon")).hasCount(1);
    assertThat(editor.paletteItem("talk")).containsText("Say a text to the caller");

    // a publish refused for problems that an undo then clears: the refusal goes with them
    editor.select("route");
    page.keyboard().press("Delete");
    editor.publish();
    assertThat(editor.publishResult()).containsText("problem");
    // the toast this left (there is one) does not cover the zoom controls
    assertThat(page.locator("vaadin-notification-card")).not().hasCount(0);
    java.util.List<BoundingBox> toasts = boxes(page, "vaadin-notification-card");
    assertThat(toasts).isNotEmpty();
    BoundingBox controls = page.locator("#canvas .react-flow__controls").boundingBox();
    assertThat(page.locator("#tab-problems")).hasAttribute("selected", "");
    assertThat(editor.problemFor("key")).isVisible();
    for (BoundingBox toast : toasts) {
      assertThat(overlap(controls, toast)).as("a toast over the zoom controls").isFalse();
    }
    page.locator("#undo").click();
    assertThat(editor.problems()).isHidden();
    assertThat(page.locator("#tab-problems")).hasAttribute("data-count", "0");
    assertThat(editor.publishResult()).hasText("");

    // leaving with unsaved changes: the dialog's focus is on Stay
    editor.addFromPalette("talk");
    page.locator(".back-link").click();
    assertThat(page.locator("#unsaved-changes[opened]")).hasCount(1);
    page.waitForFunction("() => document.activeElement?.textContent?.trim() === 'Stay'");
    page.keyboard().press("Enter");
    assertThat(editor.node("talk1")).isVisible();
    assertThat(page.locator("#unsaved-changes[opened]")).hasCount(0);

    // toasts stay with their page
    page.locator("#save").click();
    assertThat(page.locator("#save-state")).hasAttribute("data-dirty", "false");
    assertThat(page.locator("vaadin-notification-card")).not().hasCount(0);
    Screenshots.take(page, "editor-saved-before-leaving");
    page.locator(".back-link").click();
    assertThat(page.locator("#flows-grid")).isVisible();
    assertThat(page.locator("vaadin-notification-card")).hasCount(0);
  }

  private static java.util.List<BoundingBox> boxes(Page page, String selector) {
    return page.locator(selector).all().stream().map(l -> l.boundingBox()).toList();
  }

  private static boolean overlap(BoundingBox a, BoundingBox b) {
    return a.x < b.x + b.width
        && b.x < a.x + a.width
        && a.y < b.y + b.height
        && b.y < a.y + a.height;
  }

  private static org.assertj.core.data.Offset<Double> within(double delta) {
    return org.assertj.core.data.Offset.offset(delta);
  }

  private static EditorPage open(Page page, DialtoneApp app, Api api, String name) {
    String id =
        api.createFlow(Fixtures.seedIvr(Fixtures.unique(name)).toString()).get("id").asString();
    String baseUrl = app.baseUri().toString();
    new LoginPage(page, baseUrl).open().logInAs(DialtoneApp.ADMIN, app.adminPassword());
    return new EditorPage(page, baseUrl).open(id);
  }
}
