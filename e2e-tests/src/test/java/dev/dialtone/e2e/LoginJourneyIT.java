package dev.dialtone.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.dialtone.e2e.pages.FlowsPage;
import dev.dialtone.e2e.pages.LoginPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Journey 1: log in; a wrong password is refused with a message; log out. */
@ExtendWith(DialtoneExtension.class)
class LoginJourneyIT {

  @Test
  void aWrongPasswordIsRefusedWithAMessage(Page page, DialtoneApp app) {
    LoginPage login = new LoginPage(page, app.baseUri().toString()).open();

    login.submit(DialtoneApp.ADMIN, "not-the-password");

    assertThat(login.errorTitle()).isVisible();
    assertThat(page).hasURL(app.url("/login?error"));
    Screenshots.take(page, "login-refused");
    page.navigate(app.url("/"));
    assertThat(login.username()).isVisible(); // still not logged in
  }

  @Test
  void theAdminLogsInSeesTheirNameAndLogsOut(Page page, DialtoneApp app) {
    LoginPage login = new LoginPage(page, app.baseUri().toString()).open();
    Screenshots.take(page, "login");

    FlowsPage flows = login.logInAs(DialtoneApp.ADMIN, app.adminPassword());

    assertThat(flows.currentUser()).hasText(DialtoneApp.ADMIN);
    assertThat(flows.sideNav()).containsText("Flows");
    assertThat(flows.sideNav()).containsText("Users"); // admins manage users
    LoginPage after = flows.logOut();
    page.navigate(app.url("/"));
    assertThat(after.username()).isVisible();
    assertThat(page.url()).endsWith("/login");
  }
}
