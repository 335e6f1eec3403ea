package dev.dialtone.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;

/** The users list (admins only) and its New user dialog. */
public final class UsersPage {

  private final Page page;
  private final String baseUrl;

  public UsersPage(Page page, String baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
  }

  public UsersPage open() {
    page.navigate(baseUrl + "/users");
    page.locator("main h2", new Page.LocatorOptions().setHasText("Users")).waitFor();
    return this;
  }

  /** Adds a user with the New user dialog; role as shown, e.g. "Viewer". */
  public UsersPage addUser(String username, String role, String password) {
    page.locator("#new-user").click();
    page.locator("#new-user-name input").fill(username);
    page.locator("#new-user-role").click();
    page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(role).setExact(true))
        .click();
    page.locator("#new-user-password input").fill(password);
    page.locator("#create-user").click();
    return this;
  }

  public UsersPage awaitDialogClosed() {
    page.locator("vaadin-dialog-overlay, vaadin-dialog[opened]")
        .first()
        .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
    return this;
  }

  public Locator row(String username) {
    return page.locator("#users-grid vaadin-grid-cell-content")
        .getByText(username, new Locator.GetByTextOptions().setExact(true));
  }

  public Locator grid() {
    return page.locator("#users-grid");
  }

  public Locator disableButton(String username) {
    return page.getByRole(
        AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Disable " + username).setExact(true));
  }

  public Locator notification() {
    return page.locator("vaadin-notification-card").last();
  }
}
