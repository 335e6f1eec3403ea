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

  /** The Virtual phones section of Simulate, opened. */
  public Locator virtualPhones() {
    Locator section = panel().locator("#virtual-phones");
    if (section.getAttribute("opened") == null) {
      section.getByText("Virtual phones").first().click();
      panel().locator("#virtual-phones[opened]").waitFor();
    }
    return section;
  }

  /**
   * Adds a virtual phone through the panel.
   *
   * @param behavior answer, busy, noanswer or reject
   * @param talkMs null: it talks until the other side hangs up
   */
  public TestCallPanelPage addVirtualPhone(
      String address, String behavior, int afterMs, Integer talkMs) {
    Locator section = virtualPhones();
    section.locator("#virtual-phone-address input").fill(address);
    section.locator("#virtual-phone-behavior").click();
    page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(behavior))
        .filter(new Locator.FilterOptions().setHasText(behavior))
        .first()
        .click();
    section.locator("#virtual-phone-after input").fill(Integer.toString(afterMs));
    section.locator("#virtual-phone-talk input").fill(talkMs == null ? "" : talkMs.toString());
    section.locator("#virtual-phone-add").click();
    return this;
  }

  /** The phone listed at an address (once the simulator holds it). */
  public Locator virtualPhone(String address) {
    return panel().locator("#virtual-phone-list li[data-address='" + address + "']");
  }

  public Locator virtualPhoneAddress() {
    return panel().locator("#virtual-phone-address");
  }

  /** A leg the call dialed, by destination; {@code data-state} is its state. */
  public Locator leg(String destination) {
    return panel().locator("#chained-legs li[data-destination='" + destination + "']");
  }

  /** Waits until the leg to {@code destination} shows {@code state} (ringing, bridged, …). */
  public TestCallPanelPage waitForLeg(String destination, String state) {
    panel()
        .locator(
            "#chained-legs li[data-destination='" + destination + "'][data-state='" + state + "']")
        .waitFor();
    return this;
  }
}
