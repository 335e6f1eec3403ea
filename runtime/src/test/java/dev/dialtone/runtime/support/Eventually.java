package dev.dialtone.runtime.support;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for asynchronous call handling to reach a state; fails with the last value seen. */
public final class Eventually {

  private Eventually() {}

  public static <T> T await(
      String what, Duration limit, Supplier<T> probe, java.util.function.Predicate<T> done) {
    long deadline = System.nanoTime() + limit.toNanos();
    T last = probe.get();
    while (!done.test(last)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what + "; last seen: " + last);
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for " + what);
      }
      last = probe.get();
    }
    return last;
  }
}
