package dev.dialtone.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The API tokens screen: New token dialog, the one-time secret, the list with Revoke. */
public final class TokensPage {

  private final Page page;
  private final String baseUrl;

  public TokensPage(Page page, String baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
  }

  public TokensPage open() {
    page.navigate(baseUrl + "/tokens");
    page.locator("main h2", new Page.LocatorOptions().setHasText("API tokens")).waitFor();
    return this;
  }

  /** Creates a token with the New token dialog; role as shown, e.g. "Viewer". */
  public TokensPage create(String name, String role) {
    page.locator("#new-token").click();
    page.locator("#new-token-name input").fill(name);
    page.locator("#new-token-role").click();
    page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(role).setExact(true))
        .click();
    page.locator("#create-token").click();
    return this;
  }

  /** The secret the dialog shows once. */
  public String secret() {
    Locator field = page.locator("#new-token-secret input");
    field.waitFor();
    return field.inputValue();
  }

  public TokensPage closeSecret() {
    page.locator("#token-secret-done").click();
    return this;
  }

  public Locator row(String name) {
    return page.locator("#tokens-grid vaadin-grid-cell-content")
        .getByText(name, new Locator.GetByTextOptions().setExact(true));
  }

  public TokensPage revoke(String name) {
    page.locator("#tokens-grid vaadin-button[data-token='" + name + "']").click();
    return this;
  }
}
