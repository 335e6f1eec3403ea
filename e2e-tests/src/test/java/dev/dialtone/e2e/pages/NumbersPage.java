package dev.dialtone.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The numbers list: the add form above it, a flow picker and a delete button per row. */
public final class NumbersPage {

  private final Page page;
  private final String baseUrl;

  public NumbersPage(Page page, String baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
  }

  public NumbersPage open() {
    page.navigate(baseUrl + "/numbers");
    page.locator("main h2", new Page.LocatorOptions().setHasText("Numbers")).waitFor();
    return this;
  }

  public Locator form() {
    return page.locator("#new-number-form");
  }

  public Locator numberField() {
    return page.locator("#new-number");
  }

  /** Types the number and presses Add number; the flow is left unassigned. */
  public NumbersPage add(String number) {
    numberField().locator("input").fill(number);
    page.locator("#add-number").click();
    return this;
  }

  /** The error shown under the number field (Vaadin puts it in the field's error-message slot). */
  public Locator numberError() {
    return numberField().locator("[slot='error-message']");
  }

  public Locator row(String number) {
    return page.locator("#numbers-grid vaadin-grid-cell-content")
        .getByText(number, new Locator.GetByTextOptions().setExact(true));
  }

  public Locator flowPicker(String number) {
    return page.locator("#numbers-grid vaadin-combo-box[data-number='" + number + "']");
  }

  /** Routes the number to a flow with the row's combo box. */
  public NumbersPage assign(String number, String flowName) {
    flowPicker(number).locator("input").fill(flowName);
    page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(flowName).setExact(true))
        .click();
    return this;
  }

  /** Clears the row's flow: the number no longer runs a flow. */
  public NumbersPage unassign(String number) {
    flowPicker(number).locator("[part~='clear-button']").click();
    return this;
  }

  /** Deletes the number, confirming in the dialog. */
  public NumbersPage delete(String number) {
    page.getByRole(
            AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete " + number).setExact(true))
        .click();
    page.locator("vaadin-confirm-dialog")
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete"))
        .click();
    return this;
  }

  public Locator emptyState() {
    return page.locator("#numbers-empty");
  }

  public Locator grid() {
    return page.locator("#numbers-grid");
  }
}
