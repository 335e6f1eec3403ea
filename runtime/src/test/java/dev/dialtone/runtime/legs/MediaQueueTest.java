package dev.dialtone.runtime.legs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MediaQueueTest {

  private final List<String> heard = new CopyOnWriteArrayList<>();
  private final AtomicInteger idle = new AtomicInteger();
  private final MediaQueue queue = new MediaQueue("ch", idle::incrementAndGet);

  @Test
  void promptsPlayOneAfterTheOtherWithoutWaitingForAnyoneElse() {
    CompletableFuture<Void> first = new CompletableFuture<>();
    CompletableFuture<Void> second = new CompletableFuture<>();

    queue.enqueue(() -> heard.add("first"), () -> first);
    CompletableFuture<Void> secondHeard = queue.enqueue(() -> heard.add("second"), () -> second);
    CompletableFuture<Void> idleAfterBoth = queue.idle();

    assertThat(heard).containsExactly("first");
    first.complete(null);
    assertThat(heard).containsExactly("first", "second");
    assertThat(idleAfterBoth).isNotDone();
    second.complete(null);
    assertThat(secondHeard).isCompleted();
    assertThat(idleAfterBoth).isCompleted();
    assertThat(idle).hasValue(1);
  }

  @Test
  void aFailedPromptDoesNotSilenceTheNextOne() {
    queue.enqueue(
        () -> heard.add("broken"),
        () -> CompletableFuture.failedFuture(new IllegalStateException("no such file")));
    queue.enqueue(() -> heard.add("next"), () -> CompletableFuture.completedFuture(null));

    assertThat(heard).containsExactly("broken", "next");
  }

  @Test
  void nothingQueuedStartsOnceTheCallerHasGone() {
    CompletableFuture<Void> playing = new CompletableFuture<>();
    queue.enqueue(() -> heard.add("menu"), () -> playing);
    CompletableFuture<Void> next =
        queue.enqueue(() -> heard.add("never"), () -> CompletableFuture.completedFuture(null));
    CompletableFuture<Void> idleFuture = queue.idle();

    queue.end();
    playing.completeExceptionally(new dev.dialtone.telephony.ChannelGoneException("ch"));

    assertThat(heard).containsExactly("menu");
    assertThat(next).isCompletedExceptionally();
    assertThat(idleFuture).isCompletedExceptionally();
    assertThat(idle).hasValue(0);
  }
}
