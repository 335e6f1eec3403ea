package dev.dialtone.ui.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most {@code maxConcurrent} API requests are worked on at once (logins included); the rest wait
 * up to {@code queueTimeout} for a turn, then get 503 with the problems JSON. With virtual threads
 * (spring.threads.virtual.enabled) Tomcat's thread pool settings do not apply, and request handling
 * could keep every carrier thread, that is every core, busy; this bound leaves the other cores to
 * the engine and the media threads however many clients poll. Waiting costs a parked virtual
 * thread.
 */
class ApiConcurrencyLimit extends OncePerRequestFilter {

  private final Semaphore turns;
  private final int maxConcurrent;
  private final Duration queueTimeout;
  private final ProblemResponses problems;

  ApiConcurrencyLimit(int maxConcurrent, Duration queueTimeout, ProblemResponses problems) {
    if (maxConcurrent < 1) {
      throw new IllegalArgumentException(
          "dialtone.api.max-concurrent-requests must be at least 1, got " + maxConcurrent);
    }
    this.turns = new Semaphore(maxConcurrent, true);
    this.maxConcurrent = maxConcurrent;
    this.queueTimeout = queueTimeout;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean admitted;
    try {
      admitted = turns.tryAcquire(queueTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      admitted = false;
    }
    if (!admitted) {
      response.setHeader(HttpHeaders.RETRY_AFTER, "1");
      problems.write(
          response,
          HttpServletResponse.SC_SERVICE_UNAVAILABLE,
          "server_busy",
          "the API works on at most "
              + maxConcurrent
              + " requests at once (dialtone.api.max-concurrent-requests) and none became free"
              + " within "
              + queueTimeout.toMillis()
              + " ms; try again");
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      turns.release();
    }
  }
}
