package dev.dialtone.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.dialtone.e2e.pages.LoginPage;
import dev.dialtone.e2e.pages.WebhooksPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A flow's own webhook, set on the Webhooks screen: stored for that flow, the secret not shown
 * again; a bad URL is marked on its field and changes nothing.
 */
@ExtendWith(DialtoneExtension.class)
class FlowWebhookJourneyIT {

  @Test
  void anEditorSetsAFlowsWebhook(Page page, DialtoneApp app, Api api) {
    String name = Fixtures.unique("Hooked");
    String id = api.createFlow(Fixtures.seedIvr(name).toString()).get("id").asString();
    String url = "https://hooks.example/" + id;

    new LoginPage(page, app.baseUri().toString())
        .open()
        .logInAs(DialtoneApp.ADMIN, app.adminPassword());
    WebhooksPage webhooks =
        new WebhooksPage(page, app.baseUri().toString())
            .open()
            .chooseFlow(name)
            .saveFlowWebhook(url, "0123456789abcdef-journey");

    assertThat(webhooks.notification()).containsText("saved");
    assertThat(api.flowWebhook(id).get("url").asString()).isEqualTo(url);
    assertThat(webhooks.flowSecretInput()).hasValue("");

    webhooks.saveFlowWebhook("not a url", "");
    assertThat(webhooks.flowUrlField()).hasAttribute("invalid", "");
    assertThat(api.flowWebhook(id).get("url").asString()).isEqualTo(url);
  }
}
