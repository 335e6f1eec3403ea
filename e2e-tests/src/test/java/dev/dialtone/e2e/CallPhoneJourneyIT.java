package dev.dialtone.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.dialtone.e2e.pages.EditorPage;
import dev.dialtone.e2e.pages.LoginPage;
import dev.dialtone.e2e.pages.TestCallPanelPage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Journey: Call a phone from the editor. A number that is not E.164 is marked on the field and
 * nothing is dialled; a proper one is dialled — on the embedded default no phone answers it, so the
 * panel shows the call failing, and the stored record says so.
 */
@ExtendWith(DialtoneExtension.class)
class CallPhoneJourneyIT {

  @Test
  void callAPhoneFromTheTestCallPanel(Page page, DialtoneApp app, Api api) {
    String flowId =
        api.createFlow(Fixtures.seedIvr(Fixtures.unique("Phoned")).toString()).get("id").asString();
    String baseUrl = app.baseUri().toString();
    new LoginPage(page, baseUrl).open().logInAs(DialtoneApp.ADMIN, app.adminPassword());
    new EditorPage(page, baseUrl).open(flowId);

    page.locator("#test-call").click();
    TestCallPanelPage call = new TestCallPanelPage(page).callAPhone();
    assertThat(call.phoneNumber()).isVisible();

    call.callPhone("5550100");
    assertThat(call.phoneNumber()).hasAttribute("invalid", "");
    assertThat(api.calls(flowId)).isEmpty();

    call.callPhone("+15550100");
    call.waitForStatus("hangup").waitForLine("hangup", "failed");
    assertThat(call.phoneNumber()).not().hasAttribute("invalid", "");
    Screenshots.take(page, "editor-call-a-phone");

    List<JsonNode> calls = api.calls(flowId);
    assertThat(calls).hasSize(1);
    JsonNode placed = calls.getFirst();
    assertThat(placed.get("direction").asString()).isEqualTo("outgoing");
    assertThat(placed.get("to").asString()).isEqualTo("+15550100");
    assertThat(placed.get("revision").asString()).isEqualTo("draft");
    assertThat(placed.get("hangup_reason").asString()).isEqualTo("failed");
  }
}
