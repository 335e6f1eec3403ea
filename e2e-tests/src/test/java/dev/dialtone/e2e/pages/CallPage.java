package dev.dialtone.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** One call: its record, its path on the canvas of the version it ran, transcript, deliveries. */
public final class CallPage {

  private final Page page;

  public CallPage(Page page) {
    this.page = page;
  }

  CallPage waitForCanvas() {
    page.locator("#call-canvas .react-flow__node").first().waitFor();
    return this;
  }

  public Locator node(String id) {
    return page.locator("#call-canvas .react-flow__node[data-id='" + id + "']");
  }

  public Locator nodes() {
    return page.locator("#call-canvas .react-flow__node");
  }

  /** "visited" or "active" once the call's path is drawn; null for a node it never reached. */
  public String runState(String nodeId) {
    return node(nodeId).getAttribute("data-run");
  }

  public Locator pathEntry(String nodeId) {
    return page.locator("#call-path li[data-node='" + nodeId + "']");
  }

  public Locator transcript() {
    return page.locator("#transcript");
  }

  public Locator fact(String key) {
    return page.locator("#call-summary [data-fact='" + key + "']");
  }

  public Locator flowCaption() {
    return page.locator("#call-flow-caption");
  }
}
