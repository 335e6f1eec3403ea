package dev.dialtone.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.dialtone.e2e.pages.EditorPage;
import dev.dialtone.e2e.pages.FlowsPage;
import dev.dialtone.e2e.pages.LoginPage;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/** Journey 2: the flows list shows a flow created through the UI, and the server stored it. */
@ExtendWith(DialtoneExtension.class)
class FlowsJourneyIT {

  @Test
  void aFlowCreatedInTheUiIsListedAndStored(Page page, DialtoneApp app, Api api) {
    String name = "Support line " + UUID.randomUUID().toString().substring(0, 8);
    FlowsPage flows =
        new LoginPage(page, app.baseUri().toString())
            .open()
            .logInAs(DialtoneApp.ADMIN, app.adminPassword());

    EditorPage editor = flows.createFlow(name);

    assertThat(editor.publishStatus()).hasText("Not published");
    assertThat(
            (Boolean)
                editor.publishStatus().evaluate("badge => badge.scrollWidth <= badge.clientWidth"))
        .as("the badge shows its whole text")
        .isTrue();
    // nor does anything around it cut the text off or cover it (the toolbar beside it)
    assertThat(
            (Boolean)
                editor
                    .publishStatus()
                    .evaluate(
                        """
                        badge => {
                          const range = document.createRange();
                          range.selectNodeContents(badge);
                          const text = range.getBoundingClientRect();
                          for (let e = badge.parentElement; e; e = e.parentElement) {
                            if (getComputedStyle(e).overflowX !== 'visible') {
                              const c = e.getBoundingClientRect();
                              if (text.left < c.left - 0.5 || text.right > c.right + 0.5) return false;
                            }
                          }
                          const a = document.querySelector('.editor-actions').getBoundingClientRect();
                          const overlaps = text.left < a.right && a.left < text.right
                            && text.top < a.bottom && a.top < text.bottom;
                          const box = badge.getBoundingClientRect();
                          return !overlaps && text.right <= box.right + 0.5;
                        }
                        """))
        .as("the badge's text is neither clipped nor covered")
        .isTrue();
    Screenshots.take(page, "new-flow-editor");
    flows.open();
    assertThat(flows.row(name)).isVisible();
    assertThat(page.locator("#flows-grid")).containsText("Not published");
    Screenshots.take(page, "flows");
    JsonNode stored =
        api.flowNamed(name).orElseThrow(() -> new AssertionError("the server has no flow " + name));
    assertThat(stored.get("revision").asInt()).isEqualTo(1);
    assertThat(stored.get("created_by").asString()).isEqualTo(DialtoneApp.ADMIN);
    assertThat(stored.get("problems")).isEmpty();
    assertThat(types(stored.get("document").get("nodes"))).containsExactly("start", "hangup");
  }

  @Test
  void aRenameOverAStaleRevisionIsRefusedAndAFreshOneIsStored(Page page, DialtoneApp app, Api api) {
    String name = Fixtures.unique("Rename me");
    JsonNode created = api.createFlow(Fixtures.seedIvr(name).toString());
    String id = created.get("id").asString();
    FlowsPage flows =
        new LoginPage(page, app.baseUri().toString())
            .open()
            .logInAs(DialtoneApp.ADMIN, app.adminPassword());
    // Someone else saves while the list is open: the row still shows revision 1.
    api.updateFlow(id, 1, Fixtures.seedIvr(name).toString());

    flows.rename(name, name + " (old)");

    assertThat(flows.renameError()).containsText("was changed meanwhile");
    Screenshots.take(page, "flows-rename-conflict");
    assertThat(api.flow(id).get("name").asString()).isEqualTo(name);
    assertThat(api.flow(id).get("revision").asInt()).isEqualTo(2);

    page.keyboard().press("Escape");
    flows.open().rename(name, "Renamed " + name);

    assertThat(flows.row("Renamed " + name)).isVisible();
    JsonNode renamed = api.flow(id);
    assertThat(renamed.get("name").asString()).isEqualTo("Renamed " + name);
    assertThat(renamed.get("document").get("name").asString()).isEqualTo("Renamed " + name);
    assertThat(renamed.get("revision").asInt()).isEqualTo(3);

    flows.duplicate("Renamed " + name);

    assertThat(flows.row("Copy of Renamed " + name)).isVisible();
    JsonNode copy = api.flowNamed("Copy of Renamed " + name).orElseThrow();
    assertThat(copy.get("document").get("edges")).isEqualTo(renamed.get("document").get("edges"));
    Screenshots.take(page, "flows-actions");
  }

  private static List<String> types(JsonNode nodes) {
    return StreamSupport.stream(nodes.spliterator(), false)
        .map(node -> node.get("type").asString())
        .toList();
  }
}
