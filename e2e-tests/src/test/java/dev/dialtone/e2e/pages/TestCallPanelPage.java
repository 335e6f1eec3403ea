package dev.dialtone.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.List;

/**
 * The editor's Test call side panel: Simulate (start the draft, press keys, hang up, read the live
 * transcript) and Call a phone.
 */
public final class TestCallPanelPage {

  private final Page page;

  public TestCallPanelPage(Page page) {
    this.page = page;
  }

  public Locator panel() {
    return page.locator("#test-call-panel");
  }

  /** Starts a test call of the editor's current draft and waits until it is placed or refused. */
  public TestCallPanelPage start() {
    startButton().click();
    page.locator(
            "#test-call-status:not([data-status='idle']):not([data-status='starting'])"
                + ":not([data-status='hangup'])")
        .waitFor();
    return this;
  }

  public Locator startButton() {
    return panel().locator("#simulate-start");
  }

  public Locator hangUpButton() {
    return panel().locator("#simulate-hangup");
  }

  public TestCallPanelPage pressKey(String key) {
    panel().locator("#dialpad vaadin-button[data-key='" + key + "']").click();
    return this;
  }

  public TestCallPanelPage hangUp() {
    hangUpButton().click();
    return this;
  }

  /** The call's status ({@code progressing}, {@code hangup}, …) or the panel's own state. */
  public Locator status() {
    return panel().locator("#test-call-status");
  }

  public String statusValue() {
    return status().getAttribute("data-status");
  }

  public TestCallPanelPage waitForStatus(String status) {
    panel().locator("#test-call-status[data-status='" + status + "']").waitFor();
    return this;
  }

  /** Waits until the transcript has a line of this type ({@code talk}, {@code digits}, …). */
  public TestCallPanelPage waitForLine(String type, String containing) {
    transcript()
        .locator(
            "li[data-type='" + type + "']", new Locator.LocatorOptions().setHasText(containing))
        .first()
        .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
    return this;
  }

  public Locator transcript() {
    return panel().locator("#transcript");
  }

  public List<String> transcriptTexts() {
    return transcript().locator("li").allInnerTexts();
  }

  @SuppressWarnings("unchecked")
  public List<String> transcriptTypes() {
    return (List<String>)
        transcript().locator("li").evaluateAll("items => items.map(i => i.dataset.type)");
  }

  public TestCallPanelPage callAPhone() {
    panel().locator("#test-call-mode-phone").click();
    return this;
  }

  public TestCallPanelPage simulate() {
    panel().locator("#test-call-mode-simulate").click();
    return this;
  }

  /** The number field of Call a phone. */
  public Locator phoneNumber() {
    return panel().locator("#call-phone-destination");
  }

  public Locator phoneCallButton() {
    return panel().locator("#call-phone");
  }

  /** Types the number into Call a phone and presses Call. */
  public TestCallPanelPage callPhone(String number) {
    phoneNumber().locator("input").fill(number);
    phoneCallButton().click();
    return this;
  }
}
