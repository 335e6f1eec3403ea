package dev.dialtone.ui.security;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * The only threads that compute password hashes. A hash costs tens of milliseconds of CPU; with a
 * fixed, small number of threads (default one) a flood of logins waits in a short queue, and beyond
 * it is refused, instead of taking every core from the call engine and the media threads.
 */
final class PasswordCheckPool implements AutoCloseable {

  private final ThreadPoolExecutor executor;

  PasswordCheckPool(int threads, int queued) {
    AtomicInteger count = new AtomicInteger();
    this.executor =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(queued),
            task -> {
              Thread thread = new Thread(task, "password-check-" + count.incrementAndGet());
              thread.setDaemon(true);
              thread.setPriority(Thread.MIN_PRIORITY);
              return thread;
            });
  }

  /** Runs the check on the pool and waits for it (the caller is a cheap virtual thread). */
  Authentication check(Supplier<Authentication> check) {
    Future<Authentication> result;
    try {
      result = executor.submit(check::get);
    } catch (RejectedExecutionException e) {
      throw new LoginThrottledException(
          "too many logins are being checked at once; try again in a second",
          Duration.ofSeconds(1));
    }
    try {
      return result.get();
    } catch (ExecutionException e) {
      switch (e.getCause()) {
        case AuthenticationException failure -> throw failure;
        case RuntimeException failure -> throw failure;
        case Error error -> throw error;
        default -> throw new IllegalStateException(e.getCause());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      result.cancel(true);
      throw new IllegalStateException("interrupted while checking a password", e);
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
