package dev.dialtone.ui.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

class ApiConcurrencyLimitTest {

  final ApiConcurrencyLimit limit =
      new ApiConcurrencyLimit(
          1, Duration.ofMillis(300), new ProblemResponses(JsonMapper.builder().build()));

  @Test
  void aRequestBeyondTheLimitWaitsThenGets503NamingTheLimit() throws Exception {
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
      Future<MockHttpServletResponse> first =
          clients.submit(
              () -> {
                MockHttpServletResponse response = new MockHttpServletResponse();
                limit.doFilter(
                    new MockHttpServletRequest("GET", "/api/v1/flows"),
                    response,
                    (request, ignored) -> {
                      inside.countDown();
                      try {
                        release.await();
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                    });
                return response;
              });
      assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

      MockHttpServletResponse refused = new MockHttpServletResponse();
      boolean[] ran = {false};
      long before = System.nanoTime();
      limit.doFilter(
          new MockHttpServletRequest("GET", "/api/v1/flows"), refused, (r, s) -> ran[0] = true);
      Duration waited = Duration.ofNanos(System.nanoTime() - before);

      assertThat(ran[0]).isFalse();
      assertThat(waited).isGreaterThanOrEqualTo(Duration.ofMillis(250));
      assertThat(refused.getStatus()).isEqualTo(503);
      assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
      assertThat(refused.getContentAsString())
          .contains("server_busy")
          .contains("dialtone.api.max-concurrent-requests");

      release.countDown();
      assertThat(first.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
    }
  }

  @Test
  void aRequestThatWaitsGetsItsTurnWhenOneEnds() throws Exception {
    CountDownLatch inside = new CountDownLatch(1);
    try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
      clients.submit(
          () -> {
            limit.doFilter(
                new MockHttpServletRequest("GET", "/api/v1/flows"),
                new MockHttpServletResponse(),
                (request, response) -> {
                  inside.countDown();
                  sleep(100);
                });
            return null;
          });
      assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
      boolean[] ran = {false};
      MockHttpServletResponse second = new MockHttpServletResponse();
      limit.doFilter(
          new MockHttpServletRequest("GET", "/api/v1/flows"), second, (r, s) -> ran[0] = true);
      assertThat(ran[0]).isTrue();
      assertThat(second.getStatus()).isEqualTo(200);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
