package dev.dialtone.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;

/** The flow list inside the main layout (app bar, side navigation). */
public final class FlowsPage {

  private final Page page;
  private final String baseUrl;

  public FlowsPage(Page page, String baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
  }

  public FlowsPage open() {
    page.navigate(baseUrl + "/");
    heading().waitFor();
    return this;
  }

  public Locator heading() {
    return page.locator("main h2", new Page.LocatorOptions().setHasText("Flows"));
  }

  public Locator currentUser() {
    return page.locator("#current-user");
  }

  public Locator sideNav() {
    return page.locator("vaadin-side-nav");
  }

  public Locator emptyState() {
    return page.locator("#flows-empty");
  }

  public FlowsPage createFlow(String name) {
    page.locator("#new-flow").click();
    page.locator("#new-flow-name input").fill(name);
    page.locator("#create-flow").click();
    row(name).waitFor();
    page.locator("vaadin-dialog-overlay")
        .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
    return this;
  }

  /** The link that opens the flow in the editor; its grid row holds the other columns. */
  public Locator row(String name) {
    return page.locator("#flows-grid")
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }

  /** The text of every cell of the grid, in order (Vaadin renders cells as slotted light DOM). */
  public String gridText() {
    return page.locator("#flows-grid").innerText();
  }

  public EditorPage openEditor(String name) {
    row(name).click();
    EditorPage editor = new EditorPage(page, baseUrl);
    editor.awaitCanvas();
    return editor;
  }

  public LoginPage logOut() {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();
    LoginPage login = new LoginPage(page, baseUrl);
    login.username().waitFor();
    return login;
  }
}
