package dev.dialtone.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.dialtone.e2e.pages.EditorPage;
import dev.dialtone.e2e.pages.HistoryPanelPage;
import dev.dialtone.e2e.pages.LoginPage;
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
}
