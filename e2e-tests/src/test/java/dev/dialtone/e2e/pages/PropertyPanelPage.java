package dev.dialtone.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The editor's property panel ({@code #property-panel}): the selected node's id and one field per
 * option. Option edits reach the server when typing pauses (lazy) or on Tab; a rename on Enter or
 * Tab. Assert on the outcome (an error appears, the node changes), which Playwright waits for.
 */
public final class PropertyPanelPage {

  private final Locator panel;

  public PropertyPanelPage(Page page) {
    this.panel = page.locator("#property-panel");
  }

  /** {@code empty}, {@code many} or {@code node}. */
  public Locator inState(String state) {
    showTab();
    return panel.page().locator("#property-panel[data-state='" + state + "']");
  }

  /** The form of a node of this type, present once the panel shows one. */
  public Locator form(String nodeType) {
    showTab();
    return panel.locator(".property-form[data-node-type='" + nodeType + "']");
  }

  public Locator idField() {
    showTab();
    return panel.locator("vaadin-text-field[data-field='id']");
  }

  /** Proposes a new id; a refused one stays in the field with {@link #error} of the id field. */
  public PropertyPanelPage rename(String id) {
    idField().locator("input").fill(id);
    idField().locator("input").press("Enter");
    return this;
  }

  /**
   * A text, integer or boolean option's field ({@code vaadin-text-field} or {@code
   * vaadin-checkbox}).
   */
  public Locator option(String name) {
    showTab();
    return panel.locator("[data-option='" + name + "']");
  }

  /**
   * Types into a text, long text, integer or drop-down option; an empty value leaves the option
   * out.
   */
  public PropertyPanelPage fill(String option, String value) {
    // a text field's input, a long text's textarea, a drop-down's input
    Locator input = option(option).locator("input, textarea").first();
    input.fill(value);
    input.press("Tab");
    return this;
  }

  /** The message under a field ({@code "id"} for the node id), empty when it has none. */
  public Locator error(String field) {
    Locator input = "id".equals(field) ? idField() : option(field);
    return input.locator("[slot='error-message']");
  }

  /** The value inputs of a list option (branch {@code cases}), in order. */
  public Locator listItems(String option) {
    showTab();
    return option(option).locator("vaadin-text-field[data-index]");
  }

  public PropertyPanelPage addListValue(String option, String value) {
    int index = listItems(option).count();
    option(option).locator("[data-action='add']").click();
    Locator input = option(option).locator("vaadin-text-field[data-index='" + index + "'] input");
    input.fill(value);
    input.press("Tab");
    return this;
  }

  /**
   * Adds a row to a destinations option (groupcall's list) and types its target; the row's type
   * stays the first offered ({@code tel}).
   */
  public PropertyPanelPage addDestination(String option, String target) {
    Locator rows = option(option).locator(".option-row[data-index]");
    int index = rows.count();
    option(option).locator("[data-action='add']").click();
    Locator input =
        option(option)
            .locator(".option-row[data-index='" + index + "'] [data-part='target'] input");
    input.fill(target);
    input.press("Tab");
    return this;
  }

  public PropertyPanelPage removeListValue(String option, int index) {
    option(option).locator("[data-action='remove']").nth(index).click();
    return this;
  }

  /** The compiler's complaint about a list option as a whole. */
  public Locator listError(String option) {
    return option(option).locator(".option-error");
  }

  /** Problems of the node that belong to no field (unwired ports, unknown options). */
  public Locator nodeProblems() {
    showTab();
    return panel.locator(".property-problems li");
  }

  /**
   * The panel is the side column's Properties tab: bring it to the front, as a person would before
   * typing into it.
   */
  private void showTab() {
    Locator tab = panel.page().locator("#tab-properties");
    if (tab.count() > 0 && tab.getAttribute("selected") == null) {
      tab.click();
    }
  }
}
