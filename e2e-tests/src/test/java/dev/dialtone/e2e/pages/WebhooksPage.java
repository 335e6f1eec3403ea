package dev.dialtone.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The Webhooks screen: the default webhook, and a chosen flow's own webhook. */
public final class WebhooksPage {

  private final Page page;
  private final String baseUrl;

  public WebhooksPage(Page page, String baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
  }

  public WebhooksPage open() {
    page.navigate(baseUrl + "/webhooks");
    page.locator("#flow-webhook-flow").waitFor();
    return this;
  }

  public WebhooksPage chooseFlow(String name) {
    page.locator("#flow-webhook-flow input").fill(name);
    page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(name)).click();
    return this;
  }

  /** Types the flow webhook's URL and secret (an empty secret keeps the stored one), then saves. */
  public WebhooksPage saveFlowWebhook(String url, String secret) {
    page.locator("#flow-webhook-url input").fill(url);
    page.locator("#flow-webhook-secret input").fill(secret);
    page.locator("#flow-webhook-save").click();
    return this;
  }

  public Locator flowUrlField() {
    return page.locator("#flow-webhook-url");
  }

  public Locator flowSecretInput() {
    return page.locator("#flow-webhook-secret input");
  }

  public Locator notification() {
    return page.locator("vaadin-notification-card");
  }
}
