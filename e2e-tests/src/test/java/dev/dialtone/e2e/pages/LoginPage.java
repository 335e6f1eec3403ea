package dev.dialtone.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The login screen. */
public final class LoginPage {

  private final Page page;
  private final String baseUrl;

  public LoginPage(Page page, String baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
  }

  public LoginPage open() {
    page.navigate(baseUrl + "/login");
    username().waitFor();
    return this;
  }

  public FlowsPage logInAs(String user, String password) {
    submit(user, password);
    FlowsPage flows = new FlowsPage(page, baseUrl);
    flows.heading().waitFor();
    return flows;
  }

  /** Submits the form and stays on whatever page comes back. */
  public LoginPage submit(String user, String password) {
    username().fill(user);
    page.locator("vaadin-login-form input[name='password']").fill(password);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in").setExact(true))
        .click();
    return this;
  }

  public Locator errorTitle() {
    return page.getByText("Wrong user name or password");
  }

  public Locator username() {
    return page.locator("vaadin-login-form input[name='username']");
  }
}
