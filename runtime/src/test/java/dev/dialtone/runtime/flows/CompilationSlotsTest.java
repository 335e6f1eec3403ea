package dev.dialtone.runtime.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CompilationSlotsTest {

  @Test
  void runsTheWorkAndReturnsItsResult() {
    assertThat(new CompilationSlots(1, Duration.ofSeconds(5)).run(() -> 6 * 7)).isEqualTo(42);
  }

  @Test
  void passesTheWorksOwnFailureOn() {
    CompilationSlots slots = new CompilationSlots(1, Duration.ofSeconds(5));
    assertThatThrownBy(
            () ->
                slots.run(
                    () -> {
                      throw new IllegalStateException("bad flow");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("bad flow");
    assertThat(slots.run(() -> "slot given back")).isEqualTo("slot given back");
  }

  @Test
  void refusesWorkBeyondTheSlotsAtOnce() throws Exception {
    CompilationSlots slots = new CompilationSlots(2, Duration.ofSeconds(30));
    CountDownLatch running = new CountDownLatch(2);
    CountDownLatch release = new CountDownLatch(1);
    try (ExecutorService callers = Executors.newFixedThreadPool(2)) {
      Future<?> first = callers.submit(() -> slots.run(() -> hold(running, release)));
      Future<?> second = callers.submit(() -> slots.run(() -> hold(running, release)));
      assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();

      long before = System.nanoTime();
      assertThatThrownBy(() -> slots.run(() -> "third"))
          .isInstanceOfSatisfying(
              CompilationLimitException.class,
              e -> assertThat(e.code()).isEqualTo(CompilationLimitException.BUSY))
          .hasMessageContaining("at most 2");
      assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(1));

      release.countDown();
      first.get(5, TimeUnit.SECONDS);
      second.get(5, TimeUnit.SECONDS);
    }
    assertThat(slots.run(() -> "free again")).isEqualTo("free again");
  }

  @Test
  void stopsWorkThatRunsPastTheDeadlineAndFreesItsSlot() throws Exception {
    CompilationSlots slots = new CompilationSlots(1, Duration.ofMillis(200));
    CountDownLatch stopped = new CountDownLatch(1);

    long before = System.nanoTime();
    assertThatThrownBy(
            () ->
                slots.run(
                    () -> {
                      // a compiler loop that checks for cancellation, as FlowLowerer does
                      while (!Thread.currentThread().isInterrupted()) {
                        Thread.onSpinWait();
                      }
                      stopped.countDown();
                      return "never seen";
                    }))
        .isInstanceOfSatisfying(
            CompilationLimitException.class,
            e -> assertThat(e.code()).isEqualTo(CompilationLimitException.TIMEOUT))
        .hasMessageContaining("200 ms");
    assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(2));
    assertThat(stopped.await(5, TimeUnit.SECONDS)).as("the work saw the interrupt").isTrue();
    assertThat(Thread.currentThread().isInterrupted()).as("caller not interrupted").isFalse();
    assertThat(waitForSlot(slots)).isEqualTo("slot given back");
  }

  private static String hold(CountDownLatch running, CountDownLatch release) {
    running.countDown();
    try {
      release.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return "held";
  }

  // the slot comes back when the stopped work really ends, a moment after the caller was answered
  private static String waitForSlot(CompilationSlots slots) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      try {
        return slots.run(() -> "slot given back");
      } catch (CompilationLimitException e) {
        Thread.sleep(20);
      }
    }
    return "slot never given back";
  }
}
