package dev.dialtone.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import dev.dialtone.e2e.pages.EditorPage;
import dev.dialtone.e2e.pages.FlowsPage;
import dev.dialtone.e2e.pages.LoginPage;
import dev.dialtone.e2e.pages.TestCallPanelPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A VoIPBIN action list (jumps by id, no positions) imported from the Flows screen: it becomes a
 * flow laid out top to bottom on the canvas with no two nodes on top of each other, and simulating
 * it, key 2 takes the branch's second target.
 */
@ExtendWith(DialtoneExtension.class)
class VoipbinImportJourneyIT {

  private static final String ACTIONS =
      """
      {"name": "%s",
       "actions": [
        {"id": "a0", "type": "answer"},
        {"id": "a1", "type": "talk",
         "option": {"text": "Press 1 for sales, 2 for support.", "language": "en-US"}},
        {"id": "a2", "type": "digits_receive", "option": {"duration": 5000, "length": 1}},
        {"id": "a3", "type": "branch",
         "option": {"target_ids": {"1": "a4", "2": "a6"}, "default_target_id": "a8"}},
        {"id": "a4", "next_id": "a5", "type": "talk", "option": {"text": "Sales, one moment."}},
        {"id": "a5", "type": "hangup"},
        {"id": "a6", "next_id": "a7", "type": "talk", "option": {"text": "Support is closed."}},
        {"id": "a7", "type": "hangup"},
        {"id": "a8", "type": "talk", "option": {"text": "Sorry, I did not get that."}},
        {"id": "a9", "type": "hangup"}]}
      """;

  @Test
  void anImportedActionListIsLaidOutAndKeyTwoTakesTheSecondBranch(
      Page page, DialtoneApp app, Api api, @TempDir Path files) throws IOException {
    String name = Fixtures.unique("VoIPBIN menu");
    Path file = files.resolve("voipbin-menu.json");
    Files.writeString(file, ACTIONS.formatted(name));
    String baseUrl = app.baseUri().toString();
    FlowsPage flows =
        new LoginPage(page, baseUrl).open().logInAs(DialtoneApp.ADMIN, app.adminPassword());

    // said to be a Dialtone flow, the action list is refused and nothing is stored
    flows.importFormat("Dialtone flow").importFile(file);
    assertThat(flows.importProblems()).containsText("“voipbin-menu.json” was not imported");
    assertThat(api.flowNamed(name)).isEmpty();
    page.keyboard().press("Escape");

    flows.importFormat("VoIPBIN action list").importFile(file);

    assertThat(flows.notification()).containsText("imported from voipbin-menu.json");
    JsonNode stored = api.flowNamed(name).orElseThrow();
    assertThat(stored.get("problems")).isEmpty();
    JsonNode nodes = stored.get("document").get("nodes");
    assertThat(nodes.size()).isGreaterThanOrEqualTo(9);
    // no positions are stored: the editor lays the flow out when it is opened
    nodes.forEach(node -> assertThat(node.has("x")).as(node.toString()).isFalse());

    EditorPage editor = new EditorPage(page, baseUrl).open(stored.get("id").asString());
    assertThat(editor.node(nodes.get(0).get("id").asString())).isVisible();
    List<BoundingBox> boxes = new ArrayList<>();
    for (String id : editor.nodeIds()) {
      boxes.add(editor.node(id).boundingBox());
    }
    assertThat(boxes).hasSize(nodes.size());
    // top to bottom: the menu above the branch, the branch above what it leads to
    assertThat(editor.node("talk_1").boundingBox().y)
        .isLessThan(editor.node("branch_3").boundingBox().y);
    assertThat(editor.node("branch_3").boundingBox().y)
        .isLessThan(editor.node("talk_6").boundingBox().y);
    for (int i = 0; i < boxes.size(); i++) {
      for (int j = i + 1; j < boxes.size(); j++) {
        assertThat(overlap(boxes.get(i), boxes.get(j)))
            .as("nodes %d and %d overlap on the canvas", i, j)
            .isFalse();
      }
    }
    Screenshots.take(page, "editor-voipbin-import");

    page.locator("#test-call").click();
    TestCallPanelPage call = new TestCallPanelPage(page);
    call.start().waitForLine("talk", "Press 1 for sales, 2 for support.");
    call.pressKey("2").waitForLine("talk", "Support is closed.");
    call.waitForStatus("hangup");
    assertThat(call.transcriptTexts()).doesNotContain("Sales, one moment.");
    assertThat(call.transcriptTexts()).doesNotContain("Sorry, I did not get that.");
  }

  private static boolean overlap(BoundingBox a, BoundingBox b) {
    return a.x < b.x + b.width
        && b.x < a.x + a.width
        && a.y < b.y + b.height
        && b.y < a.y + a.height;
  }
}
