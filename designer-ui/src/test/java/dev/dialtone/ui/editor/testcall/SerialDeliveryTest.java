package dev.dialtone.ui.editor.testcall;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SerialDeliveryTest {

  @Test
  void tasksRunOneAtATimeInTheOrderSubmittedEvenOnManyThreads() throws Exception {
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      SerialDelivery delivery = new SerialDelivery(threads);
      List<Integer> seen = Collections.synchronizedList(new ArrayList<>());

      IntStream.range(0, 1000).forEach(i -> delivery.submit(() -> seen.add(i)));
      awaitSize(seen, 1000);

      assertThat(seen).containsExactlyElementsOf(IntStream.range(0, 1000).boxed().toList());
    }
  }

  @Test
  void aFailingTaskDoesNotStopTheOnesAfterIt() throws Exception {
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      SerialDelivery delivery = new SerialDelivery(threads);
      List<String> seen = Collections.synchronizedList(new ArrayList<>());

      delivery.submit(
          () -> {
            throw new IllegalStateException("the browser went away");
          });
      delivery.submit(() -> seen.add("next"));
      awaitSize(seen, 1);

      assertThat(seen).containsExactly("next");
    }
  }

  @Test
  void nothingRunsOnceStopped() throws Exception {
    ExecutorService threads = Executors.newSingleThreadExecutor();
    SerialDelivery delivery = new SerialDelivery(threads);
    List<String> seen = Collections.synchronizedList(new ArrayList<>());

    delivery.stop();
    delivery.submit(() -> seen.add("late"));
    threads.shutdown();
    assertThat(threads.awaitTermination(5, TimeUnit.SECONDS)).isTrue();

    assertThat(seen).isEmpty();
  }

  private static void awaitSize(List<?> list, int size) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (list.size() < size && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
  }
}
