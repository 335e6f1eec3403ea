package dev.dialtone.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.dialtone.e2e.pages.EditorPage;
import dev.dialtone.e2e.pages.LoginPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Journey 3 (the part without drawing): a branch without {@code default} is listed and marked,
 * publishing is refused; once the draft is fixed, publishing makes version 1.
 */
@ExtendWith(DialtoneExtension.class)
class PublishJourneyIT {

  @Test
  void aBranchWithoutDefaultStopsPublishingUntilItIsFixed(Page page, DialtoneApp app, Api api) {
    String name = Fixtures.unique("Menu without default");
    ObjectNode fixed = Fixtures.seedIvr(name);
    JsonNode stored = api.createFlow(Fixtures.withoutDefault(fixed).toString());
    String id = stored.get("id").asString();
    assertThat(stored.get("problems").toString()).contains("route");
    new LoginPage(page, app.baseUri().toString())
        .open()
        .logInAs(DialtoneApp.ADMIN, app.adminPassword());
    EditorPage editor = new EditorPage(page, app.baseUri().toString()).open(id);

    assertThat(editor.problemFor("route")).containsText("default");
    assertThat(editor.isMarked("route")).isTrue();
    assertThat(editor.isMarked("menu")).isFalse();

    editor.publish();

    // Without its default the retry path is unreachable too: every problem the API reports counts.
    int problems = stored.get("problems").size();
    assertThat(editor.publishResult())
        .hasText(
            "Not published: "
                + problems
                + (problems == 1 ? " problem stops it" : " problems stop it"));
    assertThat(editor.problemFor("route")).isVisible();
    Screenshots.take(page, "editor-publish-refused");
    assertThat(api.flow(id).get("published_version").isNull()).isTrue();

    api.updateFlow(id, stored.get("revision").asInt(), fixed.toString());
    editor.reload();
    assertThat(editor.problems()).isHidden();
    assertThat(editor.isMarked("route")).isFalse();

    editor.publish();

    assertThat(editor.publishResult()).hasText("Version 1 published");
    Screenshots.take(page, "editor-published");
    assertThat(api.flow(id).get("published_version").asInt()).isEqualTo(1);
  }
}
