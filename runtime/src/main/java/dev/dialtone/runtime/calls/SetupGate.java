package dev.dialtone.runtime.calls;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bounds how many inbound calls are being set up at once — from the answer to their flow's process
 * instance — so that calls already talking keep priority over a burst of new ones. A call over the
 * bound waits its turn before it is answered: the caller hears ringing, which is what a busy phone
 * system sounds like, instead of the silence that every caller would hear if the engine took the
 * whole burst at once. The bound adapts by itself: when the engine is slow, setups take longer and
 * fewer start per second.
 */
final class SetupGate {

  private static final Logger LOG = LoggerFactory.getLogger(SetupGate.class);

  private final int limit;
  private final Queue<Supplier<? extends CompletionStage<?>>> waiting = new ArrayDeque<>();
  private int running;

  SetupGate(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("at least one call setup must be allowed, got " + limit);
    }
    this.limit = limit;
  }

  /**
   * Runs {@code setup} now or when a running setup has finished; the slot is held until the stage
   * it returns completes, however it completes.
   */
  void admit(Supplier<? extends CompletionStage<?>> setup) {
    synchronized (this) {
      if (running >= limit) {
        waiting.add(setup);
        return;
      }
      running++;
    }
    run(setup);
  }

  /** Setups waiting for a slot. */
  synchronized int waiting() {
    return waiting.size();
  }

  private void run(Supplier<? extends CompletionStage<?>> setup) {
    CompletionStage<?> done;
    try {
      done = setup.get();
    } catch (RuntimeException e) {
      LOG.error("a call setup failed before it started", e);
      done = CompletableFuture.completedFuture(null);
    }
    done.whenComplete((ignored, error) -> next());
  }

  private void next() {
    Supplier<? extends CompletionStage<?>> setup;
    synchronized (this) {
      setup = waiting.poll();
      if (setup == null) {
        running--;
        return;
      }
    }
    run(setup);
  }
}
