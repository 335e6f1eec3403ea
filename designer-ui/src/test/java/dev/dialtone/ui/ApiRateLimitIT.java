package dev.dialtone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * A client over its allowance gets 429 with Retry-After before any login or work, other clients do
 * not notice, and the allowance comes back. One request every five seconds in bursts of three, so
 * that a slow machine cannot refill an allowance between two requests of the test; how long a
 * client is told to wait depends on how fast the test ran, so it is read, not assumed.
 */
@Import(SimpleMeters.class)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:ratelimit;DB_CLOSE_DELAY=-1",
      "DIALTONE_ADMIN_PASSWORD=s3cret-admin",
      "server.address=127.0.0.1",
      "dialtone.api.rate-limit.per-second=0.2",
      "dialtone.api.rate-limit.burst=3"
    })
class ApiRateLimitIT {

  @LocalServerPort int port;
  @Autowired MeterRegistry meters;
  @Autowired ApplicationContext context;

  @Test
  void aClientOverItsAllowanceIsRefusedWith429UntilItRefills() throws InterruptedException {
    ApiClient admin = new ApiClient(port, "admin", "s3cret-admin");
    String token =
        admin.post("/api/v1/tokens", "{\"name\": \"poller\", \"role\": \"viewer\"}").text("token");
    ApiClient poller = ApiClient.bearer(port, token);

    for (int i = 0; i < 3; i++) {
      ApiClient.Response ok = poller.get("/api/v1/flows");
      assertThat(ok.status()).isEqualTo(200);
      assertThat(ok.header("X-RateLimit-Limit")).isEqualTo("0.2");
      assertThat(ok.header("X-RateLimit-Remaining")).isEqualTo(Integer.toString(2 - i));
    }
    ApiClient.Response refused = poller.get("/api/v1/flows");

    assertThat(refused.status()).isEqualTo(429);
    long retryAfter = Long.parseLong(refused.header("Retry-After"));
    assertThat(retryAfter).isBetween(1L, 5L);
    assertThat(refused.contentType()).startsWith("application/json");
    assertThat(refused.json().path("problems").get(0).path("code").asString())
        .isEqualTo("rate_limited");
    assertThat(meters.counter("dialtone.api.rate.limited").count()).isEqualTo(1);

    // the admin's own allowance is untouched (one request used above)
    assertThat(admin.get("/api/v1/flows").status()).isEqualTo(200);
    // a made-up token is a client of its own: it gets its 401
    assertThat(ApiClient.bearer(port, "made-up").get("/api/v1/flows").status()).isEqualTo(401);

    Thread.sleep(retryAfter * 1_000 + 100);
    assertThat(poller.get("/api/v1/flows").status()).isEqualTo(200);
  }

  @Test
  void theApiFiltersRunInOrderAllowanceThenPacingThenTurns() {
    Map<String, Integer> orders = new HashMap<>();
    for (FilterRegistrationBean<?> registration :
        context.getBeansOfType(FilterRegistrationBean.class).values()) {
      orders.put(registration.getFilter().getClass().getSimpleName(), registration.getOrder());
    }
    assertThat(orders).containsKeys("ApiRateLimit", "ApiPacing", "ApiConcurrencyLimit");
    assertThat(orders.get("ApiRateLimit")).isLessThan(orders.get("ApiPacing"));
    assertThat(orders.get("ApiPacing")).isLessThan(orders.get("ApiConcurrencyLimit"));
  }

  @Test
  void anonymousRequestsShareTheirAddresssAllowanceAndAreRefusedBeforeTheLogin() {
    ApiClient anonymous = new ApiClient(port, null, null);
    for (int i = 0; i < 3; i++) {
      assertThat(anonymous.get("/api/v1/flows").status()).isEqualTo(401);
    }
    ApiClient.Response refused = anonymous.get("/api/v1/flows");
    assertThat(refused.status()).isEqualTo(429);
    assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 5L);
  }

  @Test
  void aClientThatAsksAgainAtOnceIsHeldUntilItsRetryAfterHasPassed() {
    ApiClient eager = new ApiClient(port, "eager", "whatever"); // its own allowance, by name
    for (int i = 0; i < 3; i++) {
      eager.get("/api/v1/flows");
    }
    long refusedAt = System.nanoTime(); // the server's Retry-After counts from a moment after this
    ApiClient.Response refused = eager.get("/api/v1/flows");
    assertThat(refused.status()).isEqualTo(429);
    long told = Long.parseLong(refused.header("Retry-After")) * 1_000;

    ApiClient.Response held = eager.get("/api/v1/flows");
    long sinceRefusal = (System.nanoTime() - refusedAt) / 1_000_000;

    // held until the time it was told to wait had passed, then answered (401: no such user)
    assertThat(sinceRefusal).isGreaterThanOrEqualTo(told);
    assertThat(held.status()).isEqualTo(401);
  }
}
