package dev.dialtone.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.dialtone.e2e.pages.EditorPage;
import dev.dialtone.e2e.pages.LoginPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Journey 3 (the part without drawing): a branch without {@code default} is listed and marked,
 * publishing is refused; once the draft is fixed, publishing makes version 1.
 */
@ExtendWith(DialtoneExtension.class)
class PublishJourneyIT {

  @Test
  void aBranchWithoutDefaultStopsPublishingUntilItIsFixed(Page page, DialtoneApp app, Api api) {
    String name = Fixtures.unique("Menu without default");
    JsonNode stored = api.createFlow(Fixtures.seedIvr(name).toString());
    String id = stored.get("id").asString();
    assertThat(stored.get("problems")).isEmpty();
    new LoginPage(page, app.baseUri().toString())
        .open()
        .logInAs(DialtoneApp.ADMIN, app.adminPassword());
    EditorPage editor = new EditorPage(page, app.baseUri().toString()).open(id);
    assertThat(editor.problems()).isHidden();

    // Cut the branch's default wire on the canvas: the validator speaks up at once.
    editor.selectEdge("route", "default", "retry", false).pressKeys("Delete");
    assertThat(editor.edge("route", "default", "retry")).hasCount(0);
    assertThat(editor.problemFor("route")).containsText("default");
    assertThat(editor.isMarked("route")).isTrue();
    assertThat(editor.isMarked("menu")).isFalse();

    editor.publish();

    // Publishing saves the draft first, then refuses it; without its default the retry path is
    // unreachable too, and every problem the API reports counts.
    JsonNode saved = api.flow(id);
    int problems = saved.get("problems").size();
    assertThat(saved.get("problems").toString()).contains("route");
    assertThat(editor.publishResult())
        .hasText(
            "Not published: "
                + problems
                + (problems == 1 ? " problem stops it" : " problems stop it"));
    Screenshots.take(page, "editor-publish-refused");
    assertThat(api.flow(id).get("published_version").isNull()).isTrue();

    // Clicking the problem finds the node: selected, in the property panel.
    editor.problemFor("route").click();
    assertThat(page.locator("#property-panel .property-form[data-node-type='branch']")).isVisible();
    assertThat(page.locator("#canvas .react-flow__node.selected[data-id='route']")).hasCount(1);
    assertThat(page.locator("#canvas .react-flow__node.selected")).hasCount(1);

    editor.connect("route", "default", "retry");
    assertThat(editor.problems()).isHidden();
    assertThat(editor.isMarked("route")).isFalse();

    editor.publish();

    assertThat(editor.publishResult()).hasText("Version 1 published");
    Screenshots.take(page, "editor-published");
    assertThat(api.flow(id).get("published_version").asInt()).isEqualTo(1);
    assertThat(api.flow(id).get("document").toString()).contains("\"port\":\"default\"");
  }
}
