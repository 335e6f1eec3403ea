package dev.dialtone.runtime.flows;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs the CPU-heavy work on a flow document (parse, validate, compile) on its own thread, at most
 * {@code maxConcurrent} at once and for at most {@code timeout}, so that one huge or hostile flow
 * cannot take every core or keep burning one after its client has gone. Work beyond the slots is
 * refused at once instead of queued: a queue would only hold requests until they time out anyway.
 *
 * <p>The work runs on a fresh thread rather than the caller's, so that the interrupt that cancels
 * it never reaches the caller's database connection (an interrupted H2 file channel closes). The
 * slot is given back when the work really ends, not when the caller stops waiting: a piece of work
 * that ignores the interrupt still counts against the limit until it is done.
 */
public final class CompilationSlots {

  private final int maxConcurrent;
  private final Duration timeout;
  private final Semaphore slots;

  public CompilationSlots(int maxConcurrent, Duration timeout) {
    if (maxConcurrent < 1) {
      throw new IllegalArgumentException("maxConcurrent must be at least 1, got " + maxConcurrent);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, got " + timeout);
    }
    this.maxConcurrent = maxConcurrent;
    this.timeout = timeout;
    this.slots = new Semaphore(maxConcurrent);
  }

  /** No practical limit; for tests and tools that compile one flow at a time. */
  public static CompilationSlots unbounded() {
    return new CompilationSlots(Integer.MAX_VALUE, Duration.ofDays(1));
  }

  public <T> T run(Supplier<T> work) {
    if (!slots.tryAcquire()) {
      throw new CompilationLimitException(
          CompilationLimitException.BUSY,
          "at most "
              + maxConcurrent
              + " flows are compiled or validated at once (dialtone.compilation.max-concurrent);"
              + " try again in a moment");
    }
    CompletableFuture<T> result = new CompletableFuture<>();
    Thread worker;
    try {
      worker =
          Thread.ofPlatform()
              .name("flow-compile")
              .daemon()
              .start(() -> runAndRelease(work, result));
    } catch (RuntimeException | Error e) {
      slots.release();
      throw e;
    }
    return await(result, worker);
  }

  // The slot is free before the caller hears the result, so the caller's next request may use it.
  private <T> void runAndRelease(Supplier<T> work, CompletableFuture<T> result) {
    T value = null;
    Throwable failure = null;
    try {
      value = work.get();
    } catch (Throwable e) {
      failure = e;
    } finally {
      slots.release();
    }
    if (failure == null) {
      result.complete(value);
    } else {
      result.completeExceptionally(failure);
    }
  }

  private <T> T await(CompletableFuture<T> result, Thread worker) {
    try {
      return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      worker.interrupt();
      throw new CompilationLimitException(
          CompilationLimitException.TIMEOUT,
          "compiling or validating this flow took longer than the limit of "
              + timeout.toMillis()
              + " ms (dialtone.compilation.timeout) and was stopped");
    } catch (InterruptedException e) {
      worker.interrupt();
      Thread.currentThread().interrupt();
      throw new CompilationLimitException(
          CompilationLimitException.TIMEOUT, "compilation stopped: the request was cancelled");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  public int maxConcurrent() {
    return maxConcurrent;
  }

  public Duration timeout() {
    return timeout;
  }
}
