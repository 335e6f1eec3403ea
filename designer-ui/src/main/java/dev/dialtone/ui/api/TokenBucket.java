package dev.dialtone.ui.api;

/**
 * {@code capacity} requests at once, refilled at {@code perSecond}: one client's allowance. Time is
 * passed in (nanoseconds, {@link System#nanoTime()}), so tests need no clock.
 */
final class TokenBucket {

  private final double capacity;
  private final double perNano;
  private double tokens;
  private long refilledAt;
  private long retryAt = Long.MIN_VALUE;

  TokenBucket(double perSecond, double capacity, long now) {
    this.capacity = capacity;
    this.perNano = perSecond / 1e9;
    this.tokens = capacity;
    this.refilledAt = now;
  }

  /** Takes one request's token; false when there is none left. */
  synchronized boolean take(long now) {
    refill(now);
    if (tokens < 1) {
      return false;
    }
    tokens -= 1;
    retryAt = Long.MIN_VALUE; // served: an earlier Retry-After no longer applies
    return true;
  }

  /** Whole tokens left now. */
  synchronized int remaining(long now) {
    refill(now);
    return (int) tokens;
  }

  /** Nanoseconds until the next token. */
  synchronized long untilNext(long now) {
    refill(now);
    return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / perNano);
  }

  /**
   * Records the Retry-After this client was just given (whole seconds from now) and returns it in
   * seconds.
   */
  synchronized long refused(long now) {
    long seconds = Math.max(1, (untilNext(now) + 999_999_999L) / 1_000_000_000L);
    retryAt = now + seconds * 1_000_000_000L;
    return seconds;
  }

  /**
   * How long this client still had to wait when it asked again (0: it waited, or was never told).
   */
  synchronized long ignoredRetryAfterBy(long now) {
    return retryAt == Long.MIN_VALUE ? 0 : Math.max(0, retryAt - now);
  }

  /** Full again: the client has been quiet long enough to be forgotten. */
  synchronized boolean isFull(long now) {
    refill(now);
    return tokens >= capacity;
  }

  private void refill(long now) {
    if (now > refilledAt) {
      tokens = Math.min(capacity, tokens + (now - refilledAt) * perNano);
      refilledAt = now;
    }
  }
}
