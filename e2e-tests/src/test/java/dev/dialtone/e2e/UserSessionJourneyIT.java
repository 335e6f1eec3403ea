package dev.dialtone.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import dev.dialtone.e2e.pages.FlowsPage;
import dev.dialtone.e2e.pages.LoginPage;
import dev.dialtone.e2e.pages.UsersPage;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An admin disables a user who is logged in: the user's open session ends at once. */
@ExtendWith(DialtoneExtension.class)
class UserSessionJourneyIT {

  @Test
  void disablingAUserEndsTheSessionTheyHaveOpen(Page adminPage, Page userPage, DialtoneApp app) {
    String baseUrl = app.baseUri().toString();
    String editor = "editor-" + UUID.randomUUID().toString().substring(0, 8);
    String password = "pw-" + UUID.randomUUID();
    UsersPage users =
        new LoginPage(adminPage, baseUrl)
            .open()
            .logInAs(DialtoneApp.ADMIN, app.adminPassword())
            .openUsers();
    users.addUser(editor, "Editor", password).awaitDialogClosed();
    FlowsPage flows = new LoginPage(userPage, baseUrl).open().logInAs(editor, password);
    assertThat(flows.newFlowButton()).isVisible();

    users.disableButton(editor).click();
    assertThat(users.notification()).containsText(editor);

    // The next request of the open session lands on the login (whichever request comes first —
    // this reload or the page's push connection — ends the session, so the "ended" note may or may
    // not be shown).
    userPage.reload();
    assertThat(userPage.locator("vaadin-login-form")).isVisible();
    assertThat(userPage.locator("#new-flow")).hasCount(0);
    new LoginPage(userPage, baseUrl).submit(editor, password);
    assertThat(new LoginPage(userPage, baseUrl).errorTitle()).isVisible();
  }
}
