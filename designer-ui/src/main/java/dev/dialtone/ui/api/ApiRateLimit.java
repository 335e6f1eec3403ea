package dev.dialtone.ui.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Each API client (token, Basic user, else address: {@link ApiClientKey}) may send {@code
 * perSecond} requests a second, in bursts of up to {@code burst}; beyond that it gets 429 with the
 * problems JSON and {@code Retry-After}, before any login or work is done, so a client polling in a
 * loop costs the server little and leaves the cores to calls. A client that asks again before its
 * Retry-After has passed is held (a parked virtual thread, no CPU) until it has, so even a loop
 * that ignores the header is paced to the allowance. Every answer carries {@code X-RateLimit-Limit}
 * and {@code X-RateLimit-Remaining}.
 */
class ApiRateLimit extends OncePerRequestFilter {

  static final int MAX_CLIENTS = 10_000;
  private static final long SWEEP_EVERY = 1_000_000_000L;
  private static final long MAX_HOLD = 5_000_000_000L;

  private final double perSecond;
  private final int burst;
  private final ProblemResponses problems;
  private final Runnable onRefused;
  private final LongSupplier nanoTime;
  private final Pause pause;
  private final Map<String, TokenBucket> clients = new ConcurrentHashMap<>();
  private final AtomicLong lastSweep = new AtomicLong();

  ApiRateLimit(
      double perSecond,
      int burst,
      ProblemResponses problems,
      Runnable onRefused,
      LongSupplier nanoTime,
      Pause pause) {
    if (perSecond <= 0 || burst < 1) {
      throw new IllegalArgumentException(
          "dialtone.api.rate-limit.per-second must be above 0 and .burst at least 1, got "
              + perSecond
              + " and "
              + burst);
    }
    this.perSecond = perSecond;
    this.burst = burst;
    this.problems = problems;
    this.onRefused = onRefused;
    this.nanoTime = nanoTime;
    this.pause = pause;
    lastSweep.set(nanoTime.getAsLong() - SWEEP_EVERY);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long now = nanoTime.getAsLong();
    TokenBucket bucket = bucket(ApiClientKey.of(request), request, now);
    boolean admitted = bucket.take(now);
    long early = admitted ? 0 : bucket.ignoredRetryAfterBy(now);
    if (early > 0 && pause.await(Math.min(early, MAX_HOLD))) {
      now = nanoTime.getAsLong();
      admitted = bucket.take(now);
    }
    response.setHeader("X-RateLimit-Limit", limitText());
    response.setHeader("X-RateLimit-Remaining", Integer.toString(bucket.remaining(now)));
    if (admitted) {
      chain.doFilter(request, response);
      return;
    }
    onRefused.run();
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(bucket.refused(now)));
    problems.write(
        response,
        429,
        "rate_limited",
        "this client sent more than "
            + limitText()
            + " API requests a second (dialtone.api.rate-limit.per-second, bursts of "
            + burst
            + "); wait for Retry-After and try again");
  }

  int trackedClients() {
    return clients.size();
  }

  private TokenBucket bucket(String key, HttpServletRequest request, long now) {
    TokenBucket known = clients.get(key);
    if (known != null) {
      return known;
    }
    if (clients.size() >= MAX_CLIENTS) {
      sweep(now);
      if (clients.size() >= MAX_CLIENTS) {
        // a flood of made-up credentials shares its address's allowance
        key = "address:" + request.getRemoteAddr();
      }
    }
    return clients.computeIfAbsent(key, k -> new TokenBucket(perSecond, burst, now));
  }

  /** Forgets clients whose allowance is full again, at most once a second. */
  private void sweep(long now) {
    long last = lastSweep.get();
    if (now - last >= SWEEP_EVERY && lastSweep.compareAndSet(last, now)) {
      clients.values().removeIf(b -> b.isFull(now));
    }
  }

  private String limitText() {
    return perSecond == Math.rint(perSecond)
        ? Long.toString((long) perSecond)
        : Double.toString(perSecond);
  }
}
