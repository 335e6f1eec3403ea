package dev.dialtone.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.dialtone.e2e.pages.EditorPage;
import dev.dialtone.e2e.pages.LoginPage;
import dev.dialtone.e2e.pages.TestCallPanelPage;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The Simulate panel's Virtual phones: a phone added there is the simulator's own (the API lists it
 * with its behaviour and timings); a bad address is marked on its field and nothing is stored.
 */
@ExtendWith(DialtoneExtension.class)
class VirtualPhonesJourneyIT {

  @Test
  void aPhoneAddedInThePanelIsTheSimulatorsAndABadAddressIsRefused(
      Page page, DialtoneApp app, Api api) {
    String flowId =
        api.createFlow(Fixtures.seedIvr(Fixtures.unique("Phones")).toString()).get("id").asString();
    String baseUrl = app.baseUri().toString();
    new LoginPage(page, baseUrl).open().logInAs(DialtoneApp.ADMIN, app.adminPassword());
    new EditorPage(page, baseUrl).open(flowId);
    page.locator("#test-call").click();
    TestCallPanelPage call = new TestCallPanelPage(page);
    String address = "+1555" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_000_000));

    call.addVirtualPhone(address, "busy", 1500, 2500);

    assertThat(call.virtualPhone(address)).hasAttribute("data-behavior", "busy");
    JsonNode stored = api.virtualPhone(address).orElseThrow();
    assertThat(stored.get("behavior").asString()).isEqualTo("busy");
    assertThat(stored.get("after_ms").asLong()).isEqualTo(1500);
    assertThat(stored.get("talk_ms").asLong()).isEqualTo(2500);
    Screenshots.take(page, "editor-virtual-phones");

    call.addVirtualPhone("not a number!", "answer", 0, null);

    assertThat(call.virtualPhoneAddress()).hasAttribute("invalid", "");
    assertThat(api.virtualPhone("not a number!")).isEmpty();
  }
}
