package dev.dialtone.e2e.pages;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Path;

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

  /** Creates a flow with the New flow dialog: the new flow opens in the editor. */
  public EditorPage createFlow(String name) {
    page.locator("#new-flow").click();
    page.locator("#new-flow-name input").fill(name);
    page.locator("#create-flow").click();
    page.locator("vaadin-dialog-overlay")
        .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
    EditorPage editor = new EditorPage(page, baseUrl);
    editor.awaitCanvas();
    com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(editor.flowName())
        .hasText(name);
    return editor;
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

  /** Clicks the row's export link and saves the downloaded file. */
  public Path export(String name, Path target) {
    Locator link =
        page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName("Export " + name).setExact(true))
            .first();
    link.waitFor();
    // the grid renders its rows' components in a second round trip: click once it has settled
    page.waitForLoadState(LoadState.NETWORKIDLE);
    Download download = page.waitForDownload(link::click);
    download.saveAs(target);
    return target;
  }

  /** Picks what Import JSON reads the next file as, by the choice's label. */
  public FlowsPage importFormat(String label) {
    page.locator("#import-format").click();
    page.locator("vaadin-select-item")
        .filter(new Locator.FilterOptions().setHasText(label))
        .click();
    return this;
  }

  /** Chooses a file with Import JSON; the view then imports it or shows why not. */
  public FlowsPage importFile(Path file) {
    FileChooser chooser =
        page.waitForFileChooser(() -> page.locator("#import-flow vaadin-button").click());
    chooser.setFiles(file);
    return this;
  }

  /** The dialog listing why an imported file was refused. */
  public Locator importProblems() {
    return page.locator("#import-problems");
  }

  public Locator importProblemsFor(String nodeId) {
    return page.locator("#import-problems .problem-group[data-node='" + nodeId + "']");
  }

  public Locator notification() {
    return page.locator("vaadin-notification-card").last();
  }

  public Locator rows(String name) {
    return page.locator("#flows-grid")
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
  }

  public Locator newFlowButton() {
    return page.locator("#new-flow");
  }

  public Locator button(String ariaLabel) {
    return page.getByRole(
        AriaRole.BUTTON, new Page.GetByRoleOptions().setName(ariaLabel).setExact(true));
  }

  /** Opens the rename dialog of a row and submits the new name; the dialog may refuse it. */
  public FlowsPage rename(String name, String newName) {
    button("Rename " + name).click();
    page.locator("#rename-flow-name input").fill(newName);
    page.locator("#rename-flow").click();
    return this;
  }

  public Locator renameError() {
    return page.locator("#rename-flow-name [slot='error-message']");
  }

  public FlowsPage duplicate(String name) {
    button("Duplicate " + name).click();
    return this;
  }

  public NumbersPage openNumbers() {
    page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Numbers")).click();
    page.locator("main h2", new Page.LocatorOptions().setHasText("Numbers")).waitFor();
    return new NumbersPage(page, baseUrl);
  }

  public UsersPage openUsers() {
    page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Users")).click();
    page.locator("main h2", new Page.LocatorOptions().setHasText("Users")).waitFor();
    return new UsersPage(page, baseUrl);
  }

  public LoginPage logOut() {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();
    LoginPage login = new LoginPage(page, baseUrl);
    login.username().waitFor();
    return login;
  }
}
