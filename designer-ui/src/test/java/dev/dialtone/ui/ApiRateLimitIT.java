package dev.dialtone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

/**
 * A client over its allowance gets 429 with Retry-After before any login or work, other clients do
 * not notice, and the allowance comes back. One request every two seconds in bursts of three, so
 * that a slow machine cannot refill an allowance between two requests of the test.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:ratelimit;DB_CLOSE_DELAY=-1",
      "DIALTONE_ADMIN_PASSWORD=s3cret-admin",
      "server.address=127.0.0.1",
      "dialtone.api.rate-limit.per-second=0.5",
      "dialtone.api.rate-limit.burst=3"
    })
class ApiRateLimitIT {

  @LocalServerPort int port;
  @Autowired MeterRegistry meters;

  @TestConfiguration
  static class Meters {
    @Bean
    MeterRegistry meterRegistry() {
      return new SimpleMeterRegistry();
    }
  }

  @Test
  void aClientOverItsAllowanceIsRefusedWith429UntilItRefills() throws InterruptedException {
    ApiClient admin = new ApiClient(port, "admin", "s3cret-admin");
    String token =
        admin.post("/api/v1/tokens", "{\"name\": \"poller\", \"role\": \"viewer\"}").text("token");
    ApiClient poller = ApiClient.bearer(port, token);

    for (int i = 0; i < 3; i++) {
      ApiClient.Response ok = poller.get("/api/v1/flows");
      assertThat(ok.status()).isEqualTo(200);
      assertThat(ok.header("X-RateLimit-Limit")).isEqualTo("0.5");
      assertThat(ok.header("X-RateLimit-Remaining")).isEqualTo(Integer.toString(2 - i));
    }
    ApiClient.Response refused = poller.get("/api/v1/flows");

    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.header("Retry-After")).isEqualTo("2");
    assertThat(refused.contentType()).startsWith("application/json");
    assertThat(refused.json().path("problems").get(0).path("code").asString())
        .isEqualTo("rate_limited");
    assertThat(meters.counter("dialtone.api.rate.limited").count()).isEqualTo(1);

    // the admin's own allowance is untouched (one request used above)
    assertThat(admin.get("/api/v1/flows").status()).isEqualTo(200);
    // a made-up token is a client of its own: it gets its 401
    assertThat(ApiClient.bearer(port, "made-up").get("/api/v1/flows").status()).isEqualTo(401);

    Thread.sleep(2_100);
    assertThat(poller.get("/api/v1/flows").status()).isEqualTo(200);
  }

  @Test
  void anonymousRequestsShareTheirAddresssAllowanceAndAreRefusedBeforeTheLogin() {
    ApiClient anonymous = new ApiClient(port, null, null);
    for (int i = 0; i < 3; i++) {
      assertThat(anonymous.get("/api/v1/flows").status()).isEqualTo(401);
    }
    ApiClient.Response refused = anonymous.get("/api/v1/flows");
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.header("Retry-After")).isEqualTo("2");
  }

  @Test
  void aClientThatAsksAgainAtOnceIsHeldUntilItsRetryAfterHasPassed() {
    ApiClient eager = new ApiClient(port, "eager", "whatever"); // its own allowance, by name
    for (int i = 0; i < 3; i++) {
      eager.get("/api/v1/flows");
    }
    assertThat(eager.get("/api/v1/flows").status()).isEqualTo(429);

    long sent = System.nanoTime();
    ApiClient.Response held = eager.get("/api/v1/flows");
    long heldMillis = (System.nanoTime() - sent) / 1_000_000;

    // held until the 2 s it was told to wait had passed, then answered (401: no such user)
    assertThat(heldMillis).isGreaterThanOrEqualTo(1_500);
    assertThat(held.status()).isEqualTo(401);
  }
}
