package dev.dialtone.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.dialtone.e2e.pages.EditorPage;
import dev.dialtone.e2e.pages.HistoryPanelPage;
import dev.dialtone.e2e.pages.LoginPage;
import dev.dialtone.e2e.pages.PropertyPanelPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Versions: publish twice, open History, compare version 1 with the draft and find the changed
 * node, roll back to version 1: version 3 is version 1's document.
 */
@ExtendWith(DialtoneExtension.class)
class HistoryJourneyIT {

  @Test
  void publishTwiceCompareAndRollBack(Page page, DialtoneApp app, Api api) {
    String name = Fixtures.unique("History");
    String v1 = Fixtures.seedIvr(name).toString();
    JsonNode created = api.createFlow(v1);
    String id = created.get("id").asString();
    assertThat(api.publish(id).get("version").asInt()).isEqualTo(1);
    String v2 = v1.replace("Connecting you to sales.", "Sales, please hold.");
    assertThat(v2).isNotEqualTo(v1);
    api.updateFlow(id, created.get("revision").asInt(), v2);
    assertThat(api.publish(id).get("version").asInt()).isEqualTo(2);

    new LoginPage(page, app.baseUri().toString())
        .open()
        .logInAs(DialtoneApp.ADMIN, app.adminPassword());
    EditorPage editor = new EditorPage(page, app.baseUri().toString()).open(id);
    HistoryPanelPage history = new HistoryPanelPage(page).open();

    assertThat(history.versionNumbers()).hasCount(2);
    assertThat(history.versionNumbers().first()).hasText("v2");
    assertThat(history.versions()).containsText("admin");
    // the newest version is what runs: rolling back to it would change nothing
    assertThat(history.rollbackButton(2)).hasCount(0);

    history.diffWithDraft(1);
    assertThat(history.diffLines("sales")).hasCount(1);
    assertThat(history.diffLines("sales"))
        .hasText("sales: text “Connecting you to sales.” → “Sales, please hold.”");
    Screenshots.take(page, "editor-history-diff");
    history.diffLines("sales").click();
    assertThat(page.locator("#canvas .react-flow__node.selected[data-id='sales']")).hasCount(1);

    history.rollBack(1);

    assertThat(history.versionNumbers()).hasCount(3);
    assertThat(history.versionNumbers().first()).hasText("v3");
    assertThat(history.versions()).containsText("Rolled back to version 1");
    assertThat(editor.publishStatus()).hasText("Published version 3");
    Screenshots.take(page, "editor-history-rolled-back");
    assertThat(api.version(id, 3).get("document")).isEqualTo(api.version(id, 1).get("document"));
    assertThat(api.version(id, 3).get("document").toString()).contains("Connecting you to sales.");
  }

  /**
   * The same story through the editor: publish twice with a note, see the notes, compare v1 → v2 on
   * the canvas, open v1 read-only (nothing moves, the draft is untouched), roll back to v1.
   */
  @Test
  void publishWithNotesCompareOnTheCanvasOpenReadOnlyAndRollBack(
      Page page, DialtoneApp app, Api api) {
    String id =
        api.createFlow(Fixtures.seedIvr(Fixtures.unique("Versions")).toString())
            .get("id")
            .asString();
    new LoginPage(page, app.baseUri().toString())
        .open()
        .logInAs(DialtoneApp.ADMIN, app.adminPassword());
    EditorPage editor = new EditorPage(page, app.baseUri().toString()).open(id);

    editor.publish("First cut");
    assertThat(editor.publishResult()).hasText("Version 1 published");
    editor.select("sales");
    new PropertyPanelPage(page).fill("text", "Sales, please hold.");
    assertThat(editor.node("sales")).containsText("Sales, please hold.");
    editor.publish("Shorter sales greeting");
    assertThat(editor.publishResult()).hasText("Version 2 published");

    HistoryPanelPage history = new HistoryPanelPage(page).open();
    assertThat(history.note(1)).hasText("First cut");
    assertThat(history.note(2)).hasText("Shorter sales greeting");

    // v1 → v2 on the canvas: only the sales node is marked, as changed, with its sign
    history.compare(1, 2);
    assertThat(editor.versionBanner()).isVisible();
    assertThat(editor.versionBanner()).containsText("Version 1 → version 2 (read-only)");
    assertThat(editor.node("sales")).hasAttribute("data-diff", "changed");
    assertThat(editor.node("sales").locator(".dt-diff-badge")).hasText("~");
    assertThat(page.locator("#canvas .react-flow__node[data-diff]")).hasCount(1);
    assertThat(history.diffLines("sales"))
        .hasText("sales: text “Connecting you to sales.” → “Sales, please hold.”");
    Screenshots.take(page, "editor-history-canvas-diff");
    history.diffLines("sales").click();
    assertThat(page.locator("#canvas .react-flow__node.selected[data-id='sales']")).hasCount(1);
    editor.backToDraft();
    assertThat(editor.versionBanner()).isHidden();
    assertThat(page.locator("#canvas .react-flow__node[data-diff]")).hasCount(0);

    // v1, read-only: its text, no palette, a drag moves nothing, the draft stays as it was
    EditorPage.Point before = editor.nodePosition("sales");
    history.openVersion(1);
    assertThat(editor.versionBanner()).containsText("Version 1 (read-only)");
    assertThat(editor.node("sales")).containsText("Connecting you to sales.");
    assertThat(editor.palette()).hasCount(0);
    editor.dragNode("sales", 140, 90);
    editor.awaitStillViewport();
    assertThat(editor.nodePosition("sales")).isEqualTo(before);
    editor.select("sales");
    assertThat(new PropertyPanelPage(page).idField()).hasAttribute("readonly", "");
    Screenshots.take(page, "editor-history-read-only");
    editor.backToDraft();
    assertThat(editor.node("sales")).containsText("Sales, please hold.");
    assertThat(page.locator("#save-state")).hasAttribute("data-dirty", "false");

    history.open().rollBack(1); // the Properties tab was in front
    assertThat(history.versionNumbers().first()).hasText("v3");
    assertThat(api.version(id, 3).get("document")).isEqualTo(api.version(id, 1).get("document"));
  }
}
