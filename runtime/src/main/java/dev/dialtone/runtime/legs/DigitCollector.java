package dev.dialtone.runtime.legs;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Collects keys for one digits node; the timer restarts with every key. Guarded by its leg. */
final class DigitCollector {

  private final DigitRequest request;
  private final ScheduledExecutorService timer;
  private final Runnable onTimeout;
  private final StringBuilder digits = new StringBuilder();
  private final CompletableFuture<String> result = new CompletableFuture<>();
  private ScheduledFuture<?> deadline;

  DigitCollector(DigitRequest request, ScheduledExecutorService timer, Runnable onTimeout) {
    this.request = request;
    this.timer = timer;
    this.onTimeout = onTimeout;
  }

  CompletableFuture<String> result() {
    return result;
  }

  boolean isDone() {
    return result.isDone();
  }

  /** Takes one key; returns true when the collection is complete. */
  boolean accept(char key) {
    if (request.finishKey() != null && key == request.finishKey()) {
      finish();
      return true;
    }
    digits.append(key);
    if (digits.length() >= request.maxDigits()) {
      finish();
      return true;
    }
    return false;
  }

  void armTimer() {
    cancelTimer();
    deadline = timer.schedule(onTimeout, request.timeout().toMillis(), TimeUnit.MILLISECONDS);
  }

  void finish() {
    cancelTimer();
    result.complete(digits.toString());
  }

  void abandon(Throwable why) {
    cancelTimer();
    result.completeExceptionally(why);
  }

  private void cancelTimer() {
    if (deadline != null) {
      deadline.cancel(false);
      deadline = null;
    }
  }
}
