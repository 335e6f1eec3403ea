package dev.dialtone.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.dialtone.e2e.pages.CallPage;
import dev.dialtone.e2e.pages.EditorPage;
import dev.dialtone.e2e.pages.LoginPage;
import dev.dialtone.e2e.pages.TestCallPanelPage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Journey 5: simulate the draft from the editor. The transcript shows the menu; pressing 2 on the
 * dialpad leads to the support prompt; the canvas marks the path taken; the call ends and each
 * visited node shows how long it took.
 */
@ExtendWith(DialtoneExtension.class)
class SimulateJourneyIT {

  @Test
  void simulateTheDraftAndPressTwo(Page page, DialtoneApp app, Api api) {
    String flowId =
        api.createFlow(Fixtures.seedIvr(Fixtures.unique("Simulated")).toString())
            .get("id")
            .asString();
    String baseUrl = app.baseUri().toString();
    new LoginPage(page, baseUrl).open().logInAs(DialtoneApp.ADMIN, app.adminPassword());
    EditorPage editor = new EditorPage(page, baseUrl).open(flowId);

    page.locator("#test-call").click();
    TestCallPanelPage call = new TestCallPanelPage(page);
    assertThat(call.panel()).isVisible();
    call.start().waitForLine("talk", "Press 1 for sales, 2 for support");
    assertThat(page.locator("#canvas .react-flow__node[data-run='active']")).hasCount(1);

    call.pressKey("2").waitForLine("digits", "2").waitForLine("talk", "Connecting you to support.");
    call.waitForStatus("hangup");
    Screenshots.take(page, "editor-simulate");

    assertThat(call.transcriptTypes()).containsExactly("talk", "digits", "talk", "hangup");
    for (String visited : List.of("start", "menu", "key", "route", "support", "support_bye")) {
      assertThat(editor.runState(visited)).as(visited).isEqualTo("visited");
    }
    for (String untouched : List.of("sales", "billing", "retry", "goodbye")) {
      assertThat(editor.runState(untouched)).as(untouched).isNull();
    }
    assertThat(editor.takenEdges()).hasCount(5);
    assertThat(editor.durationBadge("menu")).isVisible();
    assertThat(editor.durationBadge("menu")).containsText("s");

    // What the server stored: one finished test call of this flow's draft, with the same story.
    List<JsonNode> calls = api.calls(flowId);
    assertThat(calls).hasSize(1);
    assertThat(calls.getFirst().get("status").asString()).isEqualTo("hangup");
    assertThat(calls.getFirst().get("revision").asString()).isEqualTo("draft");
    List<String> story = new ArrayList<>();
    api.transcript(calls.getFirst().get("id").asString())
        .get("events")
        .forEach(e -> story.add(e.get("type").asString() + ":" + e.get("node_id").asString()));
    // the key was pressed while the menu was still playing, so the transcript puts it there
    assertThat(story)
        .containsExactly("talk:menu", "digits:menu", "talk:support", "hangup:support_bye");
  }

  @Test
  void aSilentCallerLeavesNoInputWithTheTimeoutInTheTranscript(
      Page page, DialtoneApp app, Api api) {
    String flowId =
        api.createFlow(Fixtures.seedIvr(Fixtures.unique("Silent")).toString()).get("id").asString();
    String baseUrl = app.baseUri().toString();
    new LoginPage(page, baseUrl).open().logInAs(DialtoneApp.ADMIN, app.adminPassword());
    new EditorPage(page, baseUrl).open(flowId);

    page.locator("#test-call").click();
    TestCallPanelPage call = new TestCallPanelPage(page);
    // The digits node waits 5 s after the menu; nobody presses anything.
    call.start().waitForLine("talk", "Press 1 for sales").waitForLine("no_input", "No input");
    Screenshots.take(page, "editor-simulate-no-input");

    assertThat(call.transcriptTexts()).contains("No input (after 5 s)");
    assertThat(call.transcriptTypes()).startsWith("talk", "no_input", "talk");
    call.hangUp().waitForStatus("hangup");

    // the call's own transcript keeps it too: in the API and on the call's page
    String callId = api.calls(flowId).getFirst().get("id").asString();
    JsonNode silence = null;
    for (JsonNode event : api.transcript(callId).get("events")) {
      if (event.get("type").asString().equals("no_input")) {
        silence = event;
        break;
      }
    }
    assertThat(silence).as("a no_input event in the stored transcript").isNotNull();
    assertThat(silence.get("node_id").asString()).isEqualTo("key");
    assertThat(silence.get("timeout_ms").asLong()).isEqualTo(5000);
    CallPage callPage = new CallPage(page).open(baseUrl, callId);
    assertThat(callPage.transcript()).containsText("No input (after 5 s)");
    Screenshots.take(page, "call-no-input");
  }
}
