package dev.dialtone.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The Calls screen: filters, the list of calls, paging. */
public final class CallsPage {

  private final Page page;
  private final String baseUrl;

  public CallsPage(Page page, String baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
  }

  public CallsPage open() {
    page.navigate(baseUrl + "/calls");
    page.locator("#calls-grid").waitFor();
    return this;
  }

  /** Types a number into the Number filter (caller or called) and leaves the field. */
  public CallsPage filterByNumber(String number) {
    Locator field = page.locator("#calls-filter-number input");
    field.fill(number);
    field.press("Tab");
    return this;
  }

  /** The grid's cells that show this text (a row's cells are the grid's light-DOM contents). */
  public Locator cells(String text) {
    return page.locator(
        "#calls-grid vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(text));
  }

  public Locator pageInfo() {
    return page.locator("#calls-page-info");
  }

  /** Opens the call whose row shows this text. */
  public CallPage openCallShowing(String text) {
    cells(text).first().click();
    return new CallPage(page).waitForCanvas();
  }
}
