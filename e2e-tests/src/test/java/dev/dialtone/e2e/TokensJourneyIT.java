package dev.dialtone.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.dialtone.e2e.pages.LoginPage;
import dev.dialtone.e2e.pages.TokensPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An API token made on the Tokens screen works over the API until it is revoked there. */
@ExtendWith(DialtoneExtension.class)
class TokensJourneyIT {

  @Test
  void aTokenFromTheScreenWorksUntilRevoked(Page page, DialtoneApp app, Api api) {
    new LoginPage(page, app.baseUri().toString())
        .open()
        .logInAs(DialtoneApp.ADMIN, app.adminPassword());
    TokensPage tokens = new TokensPage(page, app.baseUri().toString()).open();

    tokens.create("journey", "Viewer");
    String secret = tokens.secret();
    Screenshots.take(page, "token-created");
    tokens.closeSecret();

    assertThat(secret).startsWith("dt_");
    assertThat(api.listStatusWithToken(secret)).isEqualTo(200);
    assertThat(tokens.row("journey")).isVisible();

    tokens.revoke("journey");

    assertThat(tokens.row("journey")).isHidden();
    assertThat(api.listStatusWithToken(secret)).isEqualTo(401);
  }
}
