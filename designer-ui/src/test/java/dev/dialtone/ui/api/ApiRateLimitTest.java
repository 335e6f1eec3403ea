package dev.dialtone.ui.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

class ApiRateLimitTest {

  private static final long SECOND = 1_000_000_000L;

  final AtomicLong now = new AtomicLong(42 * SECOND);
  final AtomicInteger refusals = new AtomicInteger();
  final AtomicInteger served = new AtomicInteger();
  final List<Long> holds = new ArrayList<>();
  final ApiRateLimit limit =
      new ApiRateLimit(
          2,
          3,
          new ProblemResponses(JsonMapper.builder().build()),
          refusals::incrementAndGet,
          now::get,
          nanos -> {
            holds.add(nanos);
            now.addAndGet(nanos);
          });

  @Test
  void aClientGetsItsBurstThen429WithRetryAfterAndTheProblemsJson() throws Exception {
    for (int i = 0; i < 3; i++) {
      MockHttpServletResponse ok = send(bearer("secret-a"));
      assertThat(ok.getStatus()).isEqualTo(200);
      assertThat(ok.getHeader("X-RateLimit-Limit")).isEqualTo("2");
      assertThat(ok.getHeader("X-RateLimit-Remaining")).isEqualTo(Integer.toString(2 - i));
    }

    MockHttpServletResponse refused = send(bearer("secret-a"));

    assertThat(refused.getStatus()).isEqualTo(429);
    assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
    assertThat(refused.getHeader("X-RateLimit-Remaining")).isEqualTo("0");
    assertThat(refused.getContentAsString())
        .contains("\"code\":\"rate_limited\"")
        .contains("dialtone.api.rate-limit.per-second");
    assertThat(served).hasValue(3);
    assertThat(refusals).hasValue(1);
  }

  @Test
  void aClientThatDoesNotWaitForRetryAfterIsHeldUntilItHasWaited() throws Exception {
    for (int i = 0; i < 3; i++) {
      send(bearer("secret-a"));
    }
    assertThat(send(bearer("secret-a")).getStatus()).isEqualTo(429);
    assertThat(holds).as("the first refusal answers at once").isEmpty();

    now.addAndGet(SECOND / 10); // asks again after 0.1 s although told to wait 1 s
    MockHttpServletResponse held = send(bearer("secret-a"));

    assertThat(holds).containsExactly(9 * SECOND / 10);
    assertThat(held.getStatus()).as("served once the wait is over").isEqualTo(200);
  }

  @Test
  void aClientThatWaitsIsNeverHeld() throws Exception {
    for (int i = 0; i < 3; i++) {
      send(bearer("secret-a"));
    }
    assertThat(send(bearer("secret-a")).getStatus()).isEqualTo(429);
    now.addAndGet(SECOND);

    assertThat(send(bearer("secret-a")).getStatus()).isEqualTo(200);
    assertThat(holds).isEmpty();
  }

  @Test
  void theAllowanceRefillsAtItsRate() throws Exception {
    for (int i = 0; i < 3; i++) {
      send(bearer("secret-a"));
    }
    assertThat(send(bearer("secret-a")).getStatus()).isEqualTo(429);

    now.addAndGet(SECOND / 2); // 2 a second: one more after half a second
    assertThat(send(bearer("secret-a")).getStatus()).isEqualTo(200);
    assertThat(send(bearer("secret-a")).getStatus()).isEqualTo(429);

    now.addAndGet(10 * SECOND); // never more than the burst
    for (int i = 0; i < 3; i++) {
      assertThat(send(bearer("secret-a")).getStatus()).isEqualTo(200);
    }
    assertThat(send(bearer("secret-a")).getStatus()).isEqualTo(429);
  }

  @Test
  void eachTokenUserAndAnonymousAddressHasItsOwnAllowance() throws Exception {
    for (int i = 0; i < 3; i++) {
      send(bearer("secret-a"));
    }
    assertThat(send(bearer("secret-a")).getStatus()).isEqualTo(429);

    assertThat(send(bearer("secret-b")).getStatus()).isEqualTo(200);
    assertThat(send(basic("ada", "pw")).getStatus()).isEqualTo(200);
    assertThat(send(anonymous("10.0.0.7")).getStatus()).isEqualTo(200);
    // the same user with another password is still that user
    for (int i = 0; i < 2; i++) {
      send(basic("ada", "other"));
    }
    assertThat(send(basic("ada", "pw")).getStatus()).isEqualTo(429);
  }

  @Test
  void theSecretItselfIsNeverKept() {
    MockHttpServletRequest request = bearer("very-secret-token-value");
    assertThat(ApiClientKey.of(request)).startsWith("token:").doesNotContain("very-secret");
    assertThat(ApiClientKey.of(request))
        .isEqualTo(ApiClientKey.of(bearer("very-secret-token-value")));
  }

  @Test
  void malformedBasicCountsAgainstTheAddress() {
    MockHttpServletRequest request = anonymous("10.0.0.9");
    request.addHeader("Authorization", "Basic %%%not-base64");
    assertThat(ApiClientKey.of(request)).isEqualTo("address:10.0.0.9");
  }

  @Test
  void quietClientsAreForgottenSoTheTableStaysBounded() throws Exception {
    for (int i = 0; i < ApiRateLimit.MAX_CLIENTS; i++) {
      send(bearer("made-up-" + i));
    }
    // the table is full of clients still using their allowance: a newcomer shares its address's
    assertThat(send(bearer("one-too-many")).getStatus()).isEqualTo(200);
    assertThat(limit.trackedClients()).isEqualTo(ApiRateLimit.MAX_CLIENTS + 1);

    now.addAndGet(5 * SECOND); // everyone's allowance is full again: they can be forgotten
    send(bearer("a-new-client"));
    assertThat(limit.trackedClients()).isEqualTo(1);
  }

  @Test
  void aLimitThatAdmitsNothingIsRefusedAtStart() {
    ProblemResponses problems = new ProblemResponses(JsonMapper.builder().build());
    assertThatThrownBy(() -> new ApiRateLimit(0, 3, problems, () -> {}, now::get, nanos -> {}))
        .hasMessageContaining("dialtone.api.rate-limit.per-second");
  }

  private MockHttpServletResponse send(MockHttpServletRequest request) throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    limit.doFilter(request, response, (r, s) -> served.incrementAndGet());
    return response;
  }

  private static MockHttpServletRequest bearer(String token) {
    MockHttpServletRequest request = anonymous("127.0.0.1");
    request.addHeader("Authorization", "Bearer " + token);
    return request;
  }

  private static MockHttpServletRequest basic(String user, String password) {
    MockHttpServletRequest request = anonymous("127.0.0.1");
    request.addHeader(
        "Authorization",
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    return request;
  }

  private static MockHttpServletRequest anonymous(String address) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/flows");
    request.setRemoteAddr(address);
    return request;
  }
}
