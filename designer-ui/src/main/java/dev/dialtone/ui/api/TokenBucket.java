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
