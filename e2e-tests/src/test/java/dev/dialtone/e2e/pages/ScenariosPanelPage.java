package dev.dialtone.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;

/** The editor's Scenarios tab. */
public final class ScenariosPanelPage {

  private static final double RUN_TIMEOUT_MS = 120_000;

  private final Page page;

  public ScenariosPanelPage(Page page) {
    this.page = page;
  }

  public ScenariosPanelPage open() {
    page.locator("#tab-scenarios").click();
    page.locator("#scenarios-panel")
        .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
    return this;
  }

  public ScenariosPanelPage recordLastRun() {
    page.locator("#record-scenario").click();
    page.locator("#scenario-status:has-text('Recorded the last Simulate run')").waitFor();
    return this;
  }

  public String json() {
    return page.locator("#scenarios-json textarea").inputValue();
  }

  public ScenariosPanelPage save() {
    page.locator("#save-scenarios").click();
    page.locator("#scenario-status:has-text('Saved.')").waitFor();
    return this;
  }

  /** Runs the chosen scenarios and waits (generously: the calls run in real time) for results. */
  public ScenariosPanelPage runAll() {
    page.locator("#run-scenarios").click();
    page.locator("#scenario-results .scenario-result")
        .first()
        .waitFor(new Locator.WaitForOptions().setTimeout(RUN_TIMEOUT_MS));
    return this;
  }

  public Locator result(String name) {
    return page.locator("#scenario-results .scenario-result[data-name='" + name + "']");
  }

  public Locator firstDifference(String name) {
    return result(name).locator(".first-difference");
  }
}
