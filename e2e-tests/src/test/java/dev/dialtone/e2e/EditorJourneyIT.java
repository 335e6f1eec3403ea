package dev.dialtone.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.dialtone.e2e.pages.EditorPage;
import dev.dialtone.e2e.pages.FlowsPage;
import dev.dialtone.e2e.pages.LoginPage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/** Journey 3: the editor draws a stored flow's nodes and wires on the canvas. */
@ExtendWith(DialtoneExtension.class)
class EditorJourneyIT {

  @Test
  void theEditorShowsTheStoredFlowOnTheCanvas(Page page, DialtoneApp app, Api api)
      throws IOException {
    String name = "Seed IVR " + UUID.randomUUID().toString().substring(0, 8);
    JsonNode stored = api.createFlow(seedIvr().replace("\"Seed IVR\"", "\"" + name + "\""));
    FlowsPage flows =
        new LoginPage(page, app.baseUri().toString())
            .open()
            .logInAs(DialtoneApp.ADMIN, app.adminPassword());

    EditorPage editor = flows.openEditor(name);

    assertThat(editor.flowName()).hasText(name);
    assertThat(editor.nodeIds())
        .containsExactlyInAnyOrderElementsOf(ids(stored.get("document").get("nodes")));
    assertThat(editor.edges()).hasCount(stored.get("document").get("edges").size());
    assertThat(editor.node("menu")).containsText("Welcome to Dialtone");
    assertThat(editor.node("route")).containsText("default");
    assertThat(editor.minimap()).isVisible();
    assertThat(editor.minimapNodes()).hasCount(editor.nodeIds().size());
    assertThat(editor.problems()).isHidden();
    Screenshots.take(page, "editor");
    String before = editor.viewportTransform();
    editor.zoomIn();
    page.waitForCondition(() -> !editor.viewportTransform().equals(before));
  }

  private static List<String> ids(JsonNode nodes) {
    return StreamSupport.stream(nodes.spliterator(), false)
        .map(node -> node.get("id").asString())
        .toList();
  }

  private static String seedIvr() throws IOException {
    try (InputStream in = EditorJourneyIT.class.getResourceAsStream("/flows/seed-ivr.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
