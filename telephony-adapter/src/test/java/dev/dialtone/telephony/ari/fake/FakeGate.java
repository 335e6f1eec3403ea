package dev.dialtone.telephony.ari.fake;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** Commands held back until released, as a slow Asterisk would answer them late. */
final class FakeGate {

  private CompletableFuture<Void> open = CompletableFuture.completedFuture(null);
  private int waiting;

  synchronized void hold() {
    if (open.isDone()) {
      open = new CompletableFuture<>();
    }
  }

  synchronized void release() {
    waiting = 0;
    open.complete(null);
  }

  /** How many commands wait for the release. */
  synchronized int waiting() {
    return waiting;
  }

  /** Runs {@code command} now, or once released when held. */
  synchronized <T> CompletableFuture<T> after(Supplier<T> command) {
    if (open.isDone()) {
      return CompletableFuture.completedFuture(command.get());
    }
    waiting++;
    return open.thenApply(released -> command.get());
  }
}
