package dev.dialtone.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.dialtone.e2e.pages.EditorPage;
import dev.dialtone.e2e.pages.LoginPage;
import dev.dialtone.e2e.pages.ScenariosPanelPage;
import dev.dialtone.e2e.pages.TestCallPanelPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Scenario tests in the editor: a Simulate run (press 2 for support) is recorded as a scenario and
 * saved; the flow is then broken (keys 2 and 3 swapped); running the scenario fails, and the node
 * where the call went elsewhere is named and marked on the canvas.
 */
@ExtendWith(DialtoneExtension.class)
class ScenarioJourneyIT {

  @Test
  void recordASimulateRunBreakTheFlowAndSeeTheScenarioFailAtTheRightNode(
      Page page, DialtoneApp app, Api api) {
    String flowId =
        api.createFlow(Fixtures.seedIvr(Fixtures.unique("Scenario")).toString())
            .get("id")
            .asString();
    String baseUrl = app.baseUri().toString();
    new LoginPage(page, baseUrl).open().logInAs(DialtoneApp.ADMIN, app.adminPassword());
    EditorPage editor = new EditorPage(page, baseUrl).open(flowId);

    page.locator("#test-call").click();
    TestCallPanelPage call = new TestCallPanelPage(page);
    call.start().waitForLine("talk", "Press 1 for sales, 2 for support");
    call.pressKey("2").waitForLine("talk", "Connecting you to support.");
    call.waitForStatus("hangup");

    ScenariosPanelPage scenarios = new ScenariosPanelPage(page).open().recordLastRun();
    assertThat(scenarios.json()).contains("\"press\"", "\"support_bye\"");
    scenarios.save();

    breakTheFlow(api, flowId);
    editor.open(flowId);
    scenarios.open().runAll();
    Screenshots.take(page, "editor-scenario-failed");

    assertThat(scenarios.result("recorded run")).hasAttribute("data-passed", "false");
    assertThat(scenarios.firstDifference("recorded run")).hasAttribute("data-node", "billing");
    assertThat(scenarios.firstDifference("recorded run"))
        .containsText("expected 'support', got 'billing'");
    assertThat(editor.node("billing")).hasAttribute("data-run", "active");
  }

  /** Swaps the wires of keys 2 and 3: pressing 2 now reaches billing. */
  private static void breakTheFlow(Api api, String flowId) {
    JsonNode flow = api.flow(flowId);
    ObjectNode document = (ObjectNode) flow.get("document");
    document
        .withArray("edges")
        .forEach(
            edge -> {
              if (edge.path("from").asString().equals("route")) {
                ObjectNode wire = (ObjectNode) edge;
                switch (edge.path("port").asString()) {
                  case "2" -> wire.put("to", "billing");
                  case "3" -> wire.put("to", "support");
                  default -> {}
                }
              }
            });
    api.updateFlow(flowId, flow.get("revision").asInt(), document.toString());
  }
}
