package dev.dialtone.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * One call: its record, its path on the canvas of the version it ran, transcript, recordings,
 * deliveries, chained legs.
 */
public final class CallPage {

  private final Page page;

  public CallPage(Page page) {
    this.page = page;
  }

  /** Opens a call's page by its id and waits for its path to be drawn. */
  public CallPage open(String baseUrl, String callId) {
    page.navigate(baseUrl + "/calls/" + callId);
    return waitForCanvas();
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

  /** One row per recording of the call, each with an audio player and a download link. */
  public Locator recordings() {
    return page.locator("#call-recordings .call-recording");
  }

  /**
   * Waits until the browser has loaded the first recording's audio header, then returns its length
   * in seconds as the browser's audio element reports it.
   */
  public double firstRecordingSeconds() {
    page.waitForFunction(
        "() => { const a = document.querySelector('#call-recordings audio');"
            + " return a !== null && a.readyState >= 1 && a.duration > 0; }");
    return ((Number)
            page.locator("#call-recordings audio").first().evaluate("audio => audio.duration"))
        .doubleValue();
  }

  public Locator firstRecordingDownload() {
    return recordings().first().locator("a.recording-download");
  }

  /** The chained legs' links ({@code data-leg} is the leg's call id). */
  public Locator legs() {
    return page.locator("#call-legs a[data-leg]");
  }

  public Locator flowCaption() {
    return page.locator("#call-flow-caption");
  }
}
