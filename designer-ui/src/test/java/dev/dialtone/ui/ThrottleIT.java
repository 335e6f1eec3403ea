package dev.dialtone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.runtime.users.Role;
import dev.dialtone.runtime.users.UserRepository;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Repeated wrong passwords are refused with 429 without checking the password, per user and per
 * client address, and counted. Its own application: the test locks out its own address.
 */
@Import(SimpleMeters.class)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:throttle;DB_CLOSE_DELAY=-1",
      "DIALTONE_ADMIN_PASSWORD=s3cret-admin",
      "server.address=127.0.0.1"
    })
class ThrottleIT {

  @LocalServerPort int port;
  @Autowired UserRepository users;
  @Autowired PasswordEncoder encoder;
  @Autowired MeterRegistry meters;

  @Test
  void repeatedFailuresAreRefusedForAGrowingWhileButRememberedLoginsAndTokensStillWork()
      throws InterruptedException {
    users.create("frank", encoder.encode("frank-password"), Role.VIEWER);
    ApiClient admin = new ApiClient(port, "admin", "s3cret-admin");
    assertThat(admin.get("/api/v1/flows").status()).isEqualTo(200);
    String token =
        admin.post("/api/v1/tokens", "{\"name\": \"t\", \"role\": \"viewer\"}").text("token");
    ApiClient wrong = new ApiClient(port, "frank", "guess");

    for (int i = 0; i < 5; i++) {
      assertThat(wrong.get("/api/v1/flows").status()).isEqualTo(401);
    }

    ApiClient.Response refused =
        new ApiClient(port, "frank", "frank-password").get("/api/v1/flows");
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.header("Retry-After")).isEqualTo("1");
    assertThat(refused.json().path("problems").get(0).path("code").asString())
        .isEqualTo("too_many_attempts");
    // the address is throttled too: another user's password is not checked either
    assertThat(new ApiClient(port, "admin", "other").get("/api/v1/flows").status()).isEqualTo(429);
    // a password verified before the attack, and tokens, are not affected
    assertThat(admin.get("/api/v1/flows").status()).isEqualTo(200);
    assertThat(ApiClient.bearer(port, token).get("/api/v1/flows").status()).isEqualTo(200);
    assertThat(counted("wrong_password")).isEqualTo(5);
    assertThat(counted("throttled")).isEqualTo(2);

    // each further failure doubles the wait
    Thread.sleep(1100);
    assertThat(wrong.get("/api/v1/flows").status()).isEqualTo(401);
    ApiClient.Response longer = wrong.get("/api/v1/flows");
    assertThat(longer.status()).isEqualTo(429);
    assertThat(longer.header("Retry-After")).isEqualTo("2");

    Thread.sleep(2100);
    assertThat(new ApiClient(port, "frank", "frank-password").get("/api/v1/flows").status())
        .isEqualTo(200);
  }

  private double counted(String reason) {
    var counter = meters.find("dialtone.logins.refused").tag("reason", reason).counter();
    return counter == null ? 0 : counter.count();
  }
}
