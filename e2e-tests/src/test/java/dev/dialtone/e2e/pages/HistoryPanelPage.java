package dev.dialtone.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The editor's History tab: the published versions, a diff with the draft, roll back. */
public final class HistoryPanelPage {

  private final Page page;

  public HistoryPanelPage(Page page) {
    this.page = page;
  }

  /** Opens the History tab; its content reads the versions when it is shown. */
  public HistoryPanelPage open() {
    page.locator("#tab-history").click();
    panel().waitFor();
    return this;
  }

  public Locator panel() {
    return page.locator("#history-panel");
  }

  /** The version numbers ("v1", "v2", …), newest first. */
  public Locator versionNumbers() {
    return panel().locator(".history-version-number");
  }

  /** The list of versions, for what each says (who, note, calls). */
  public Locator versions() {
    return panel().locator("#history-versions");
  }

  public HistoryPanelPage diffWithDraft(int version) {
    actions(version).locator(".history-diff-button").click();
    diff().waitFor();
    return this;
  }

  /** Shows a version on the canvas, read-only. */
  public HistoryPanelPage openVersion(int version) {
    actions(version).locator(".history-open-button").click();
    return this;
  }

  /** Compares two versions on the canvas ({@code to} 0: the draft) and lists the changes. */
  public HistoryPanelPage compare(int from, int to) {
    choose("#history-compare-from", "v" + from);
    choose("#history-compare-to", to == 0 ? "draft" : "v" + to);
    panel().locator("#history-compare").click();
    diff().waitFor();
    return this;
  }

  /** The note published with a version. */
  public Locator note(int version) {
    return panel()
        .locator(".history-version[data-version='" + version + "'] .history-version-note");
  }

  private void choose(String select, String label) {
    Locator field = panel().locator(select);
    field.click();
    // the items belong to the select they were opened from
    field
        .getByRole(AriaRole.OPTION, new Locator.GetByRoleOptions().setName(label).setExact(true))
        .click();
  }

  public Locator rollbackButton(int version) {
    return actions(version).locator(".history-rollback-button");
  }

  /** Rolls back to a version and confirms in the dialog. */
  public HistoryPanelPage rollBack(int version) {
    rollbackButton(version).click();
    page.locator("#rollback-confirm")
        .getByRole(
            AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Roll back").setExact(true))
        .click();
    return this;
  }

  public Locator diff() {
    return panel().locator("#history-diff");
  }

  /** The diff entries about one node (clicking one centres and selects it on the canvas). */
  public Locator diffLines(String nodeId) {
    return diff().locator(".diff-line[data-node='" + nodeId + "']");
  }

  private Locator actions(int version) {
    return panel().locator(".history-version[data-version='" + version + "'] .history-actions");
  }
}
