package dev.dialtone.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.dialtone.e2e.pages.CallPage;
import dev.dialtone.e2e.pages.CallsPage;
import dev.dialtone.e2e.pages.LoginPage;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The Calls screen: a call placed through the simulator on version 1, then version 2 published; the
 * list filtered by the number shows the call, and opening it replays its path on version 1's nodes,
 * not version 2's, with its transcript and per-node timing.
 */
@ExtendWith(DialtoneExtension.class)
class CallsJourneyIT {

  private static final String V1 =
      """
      {"format": "dialtone.flow/1", "name": "%s",
       "nodes": [{"id": "start", "type": "start"},
                 {"id": "v1_hello", "type": "talk", "options": {"text": "Version one speaking."}},
                 {"id": "bye", "type": "hangup"}],
       "edges": [{"from": "start", "to": "v1_hello"}, {"from": "v1_hello", "to": "bye"}]}
      """;
  private static final String V2 =
      """
      {"format": "dialtone.flow/1", "name": "%s",
       "nodes": [{"id": "start", "type": "start"},
                 {"id": "v2_greeting", "type": "talk", "options": {"text": "Version two."}},
                 {"id": "bye", "type": "hangup"}],
       "edges": [{"from": "start", "to": "v2_greeting"}, {"from": "v2_greeting", "to": "bye"}]}
      """;

  @Test
  void aCallOpensOnTheVersionItRan(Page page, DialtoneApp app, Api api) throws Exception {
    String name = Fixtures.unique("Calls");
    JsonNode created = api.createFlow(V1.formatted(name));
    String flowId = created.get("id").asString();
    api.publish(flowId);
    String number = "+1555" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_000_000));
    api.assignNumber(number, flowId);
    String callId = api.simulateCall("+15550199", number);
    awaitHangup(api, callId);
    api.updateFlow(flowId, created.get("revision").asInt(), V2.formatted(name));
    assertThat(api.publish(flowId).get("version").asInt()).isEqualTo(2);

    new LoginPage(page, app.baseUri().toString())
        .open()
        .logInAs(DialtoneApp.ADMIN, app.adminPassword());
    CallsPage calls = new CallsPage(page, app.baseUri().toString()).open();
    calls.filterByNumber(number);
    assertThat(calls.pageInfo()).hasText("1 calls, newest first");
    assertThat(calls.cells(name)).hasCount(1);
    assertThat(calls.cells("v1")).hasCount(1);
    Screenshots.take(page, "calls-filtered");

    CallPage call = calls.openCallShowing(number);

    assertThat(page).hasURL(app.url("/calls/" + callId));
    assertThat(call.flowCaption()).hasText("Version 1 as published");
    assertThat(call.node("v1_hello")).hasCount(1);
    assertThat(call.node("v2_greeting")).hasCount(0);
    assertThat(call.node("v1_hello")).hasAttribute("data-run", "visited");
    assertThat(call.pathEntry("v1_hello")).containsText(" s");
    assertThat(call.transcript()).containsText("Version one speaking.");
    assertThat(call.fact("status")).hasText("hangup");
    assertThat(call.fact("flow")).hasText(name + " v1");
    Screenshots.take(page, "call-replayed");
  }

  private static void awaitHangup(Api api, String callId) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
    while (!api.call(callId)
        .map(call -> "hangup".equals(call.get("status").asString()))
        .orElse(false)) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("call " + callId + " did not end within a minute");
      }
      Thread.sleep(200);
    }
  }
}
