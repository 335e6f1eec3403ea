package dev.dialtone.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.dialtone.e2e.pages.EditorPage;
import dev.dialtone.e2e.pages.LoginPage;
import dev.dialtone.e2e.pages.PropertyPanelPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The editing commands a person relies on: multi-select, copy and paste, undo and redo, delete,
 * move, field errors from the compiler, a stale save that overwrites nothing, and the question
 * before leaving unsaved changes.
 */
@ExtendWith(DialtoneExtension.class)
class EditingJourneyIT {

  @Test
  void copyPasteUndoRedoDeleteAndMove(Page page, DialtoneApp app, Api api) {
    String id =
        api.createFlow(Fixtures.seedIvr(Fixtures.unique("Editing")).toString())
            .get("id")
            .asString();
    EditorPage editor = open(page, app, id);
    int nodes = editor.nodeIds().size();

    editor.select("sales", "sales_bye");
    assertThat(editor.selectedNodeIds()).containsExactlyInAnyOrder("sales", "sales_bye");
    assertThat(page.locator("#property-panel[data-state='many']")).isVisible();
    editor.pressKeys("Control+c", "Control+v");
    assertThat(editor.node("sales1")).isVisible();
    assertThat(editor.node("sales_bye1")).isVisible();
    assertThat(editor.edge("sales1", "next", "sales_bye1")).hasCount(1);
    page.waitForCondition(
        () -> editor.selectedNodeIds().size() == 2 && editor.selectedNodeIds().contains("sales1"));
    assertThat(editor.selectedNodeIds()).containsExactlyInAnyOrder("sales1", "sales_bye1");
    assertThat(page.locator("#save-state")).hasAttribute("data-dirty", "true");

    editor.pressKeys("Control+z");
    assertThat(editor.node("sales1")).hasCount(0);
    assertThat(page.locator("#save-state")).hasAttribute("data-dirty", "false");
    editor.pressKeys("Control+Shift+z");
    assertThat(editor.node("sales1")).isVisible();

    assertThat(editor.node("sales_bye1")).isVisible();
    editor.pressKeys("Escape").select("sales1");
    assertThat(editor.selectedNodeIds()).containsExactly("sales1");
    editor.pressKeys("Delete");
    assertThat(editor.node("sales1")).hasCount(0);
    assertThat(editor.nodeIds()).containsAll(java.util.List.of("sales_bye1")).hasSize(nodes + 1);
    page.locator("#undo").click();
    assertThat(editor.node("sales1")).isVisible();
    page.locator("#delete-selection").click();
    assertThat(editor.node("sales1")).hasCount(0);

    EditorPage.Point before = editor.nodePosition("billing");
    editor.dragNode("billing", 120, 0);
    page.waitForCondition(() -> editor.nodePosition("billing").x() > before.x() + 50);
    page.locator("#save").click();
    assertThat(page.locator("#save-state")).hasAttribute("data-dirty", "false");

    JsonNode stored = api.flow(id);
    assertThat(stored.get("revision").asInt()).isEqualTo(2);
    JsonNode billing = node(stored.get("document"), "billing");
    assertThat(billing.get("x").asDouble()).isEqualTo(editor.nodePosition("billing").x());
    assertThat(node(stored.get("document"), "sales_bye1")).isNotNull();
    assertThat(node(stored.get("document"), "sales1")).isNull();
  }

  @Test
  void theCompilersRulesShowNextToTheField(Page page, DialtoneApp app, Api api) {
    String id =
        api.createFlow(Fixtures.seedIvr(Fixtures.unique("Fields")).toString()).get("id").asString();
    EditorPage editor = open(page, app, id);
    PropertyPanelPage properties = new PropertyPanelPage(page);

    editor.select("key");
    properties.fill("max_digits", "0");
    assertThat(properties.error("max_digits")).containsText("at least 1");
    assertThat(editor.problemFor("key")).containsText("max_digits");
    assertThat(editor.isMarked("key")).isTrue();
    Screenshots.take(page, "editor-field-error");

    properties.fill("max_digits", "2");
    assertThat(editor.problems()).isHidden();
    assertThat(properties.error("max_digits")).isEmpty();
  }

  @Test
  void aStaleSaveOverwritesNothing(Page page, DialtoneApp app, Api api) {
    ObjectNode document = Fixtures.seedIvr(Fixtures.unique("Stale"));
    JsonNode created = api.createFlow(document.toString());
    String id = created.get("id").asString();
    EditorPage editor = open(page, app, id);
    editor.select("goodbye").pressKeys("Delete");

    // meanwhile someone else saves through the API
    ObjectNode theirs = document.deepCopy();
    theirs.put("name", document.get("name").asString() + " (theirs)");
    api.updateFlow(id, created.get("revision").asInt(), theirs.toString());

    page.locator("#save").click();
    assertThat(page.locator("#save-conflict[opened]")).hasCount(1);
    assertThat(page.locator("#save-conflict")).containsText("meanwhile");
    Screenshots.take(page, "editor-save-conflict");
    JsonNode stored = api.flow(id);
    assertThat(stored.get("revision").asInt()).isEqualTo(2);
    assertThat(node(stored.get("document"), "goodbye")).isNotNull();

    page.locator("#save-conflict vaadin-button[slot='confirm-button']").click();
    assertThat(editor.flowName()).containsText("(theirs)");
    assertThat(editor.node("goodbye")).isVisible();
    assertThat(page.locator("#save-state")).hasAttribute("data-dirty", "false");
  }

  @Test
  void leavingWithUnsavedChangesAsksFirst(Page page, DialtoneApp app, Api api) {
    String id =
        api.createFlow(Fixtures.seedIvr(Fixtures.unique("Unsaved")).toString())
            .get("id")
            .asString();
    EditorPage editor = open(page, app, id);
    editor.addFromPalette("talk");
    assertThat(editor.node("talk1")).isVisible();

    page.locator(".back-link").click();
    assertThat(page.locator("#unsaved-changes[opened]")).hasCount(1);
    page.locator("#unsaved-changes vaadin-button[slot='cancel-button']").click();
    assertThat(editor.node("talk1")).isVisible();

    assertThat(editor.reloadAskingBeforeLeaving()).isTrue();
    assertThat(editor.node("talk1")).hasCount(0);
    assertThat(node(api.flow(id).get("document"), "talk1")).isNull();
  }

  private static EditorPage open(Page page, DialtoneApp app, String flowId) {
    String baseUrl = app.baseUri().toString();
    new LoginPage(page, baseUrl).open().logInAs(DialtoneApp.ADMIN, app.adminPassword());
    return new EditorPage(page, baseUrl).open(flowId);
  }

  private static JsonNode node(JsonNode document, String id) {
    for (JsonNode node : document.get("nodes")) {
      if (node.get("id").asString().equals(id)) {
        return node;
      }
    }
    return null;
  }
}
