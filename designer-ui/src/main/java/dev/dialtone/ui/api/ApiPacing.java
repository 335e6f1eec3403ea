package dev.dialtone.ui.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * All clients together get at most {@code perSecond} API requests a second (bursts of {@code
 * burst}): each request is given the next free slot and waits for it, parked (a virtual thread: no
 * core). Per-client allowances ({@link ApiRateLimit}) do not bound the total, since many clients,
 * each within its own allowance, could still keep the cores from the calls; this does, whatever the
 * clients do, because a client waiting for its answer sends nothing new. A request whose slot is
 * more than {@code maxWait} away gets 503 at once.
 */
class ApiPacing extends OncePerRequestFilter {

  private final double perSecond;
  private final long interval;
  private final long burstWindow;
  private final long maxWait;
  private final ProblemResponses problems;
  private final LongSupplier nanoTime;
  private final Pause pause;
  private final AtomicLong nextSlot;

  ApiPacing(
      double perSecond,
      int burst,
      long maxWaitNanos,
      ProblemResponses problems,
      LongSupplier nanoTime,
      Pause pause) {
    if (perSecond <= 0 || burst < 1) {
      throw new IllegalArgumentException(
          "dialtone.api.rate-limit.total-per-second must be above 0 and .total-burst at least 1,"
              + " got "
              + perSecond
              + " and "
              + burst);
    }
    this.perSecond = perSecond;
    this.interval = Math.max(1, (long) (1e9 / perSecond));
    this.burstWindow = interval * (burst - 1); // with the slot of now: burst slots at once
    this.maxWait = maxWaitNanos;
    this.problems = problems;
    this.nanoTime = nanoTime;
    this.pause = pause;
    this.nextSlot = new AtomicLong(nanoTime.getAsLong() - burstWindow);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long now = nanoTime.getAsLong();
    long slot = reserve(now);
    if (slot == Long.MIN_VALUE || (slot > now && !pause.await(slot - now))) {
      response.setHeader(HttpHeaders.RETRY_AFTER, "1");
      problems.write(
          response,
          HttpServletResponse.SC_SERVICE_UNAVAILABLE,
          "server_busy",
          "the API serves at most "
              + perSecond
              + " requests a second from all clients together"
              + " (dialtone.api.rate-limit.total-per-second) and has more waiting than it can serve"
              + " soon; try again");
      return;
    }
    chain.doFilter(request, response);
  }

  /** The start time of this request's slot, or MIN_VALUE when it is too far away. */
  private long reserve(long now) {
    while (true) {
      long next = nextSlot.get();
      // unused slots of a quiet past count for a burst, never for more
      long slot = Math.max(next, now - burstWindow);
      if (slot - now > maxWait) {
        return Long.MIN_VALUE;
      }
      if (nextSlot.compareAndSet(next, slot + interval)) {
        return slot;
      }
    }
  }
}
