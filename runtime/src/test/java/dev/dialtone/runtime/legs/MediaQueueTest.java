package dev.dialtone.runtime.legs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.telephony.ChannelGoneException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MediaQueueTest {

  private final List<String> heard = new CopyOnWriteArrayList<>();
  private final AtomicInteger idle = new AtomicInteger();
  private final MediaQueue queue = new MediaQueue("ch", idle::incrementAndGet);

  private void enqueue(String name, CompletableFuture<Void> playing) {
    queue.enqueue(
        () -> heard.add(name),
        () -> playing,
        (error, cutShort) ->
            heard.add(name + (error != null ? " lost" : cutShort ? " cut short" : " heard")));
  }

  @Test
  void promptsPlayOneAfterTheOtherAndEachEndsBeforeTheNextStarts() {
    CompletableFuture<Void> first = new CompletableFuture<>();
    CompletableFuture<Void> second = new CompletableFuture<>();
    enqueue("first", first);
    enqueue("second", second);
    CompletableFuture<Void> idleAfterBoth = queue.idle();

    assertThat(heard).containsExactly("first");
    first.complete(null);
    assertThat(heard).containsExactly("first", "first heard", "second");
    assertThat(idleAfterBoth).isNotDone();
    second.complete(null);
    assertThat(heard).endsWith("second heard");
    assertThat(idleAfterBoth).isCompleted();
    assertThat(idle).hasValue(1);
  }

  @Test
  void aFailedPromptDoesNotSilenceTheNextOne() {
    enqueue("broken", CompletableFuture.failedFuture(new IllegalStateException("no such file")));
    enqueue("next", CompletableFuture.completedFuture(null));

    assertThat(heard).containsExactly("broken", "broken lost", "next", "next heard");
  }

  @Test
  void nothingQueuedStartsOnceTheCallerHasGone() {
    CompletableFuture<Void> playing = new CompletableFuture<>();
    enqueue("menu", playing);
    enqueue("never", CompletableFuture.completedFuture(null));
    CompletableFuture<Void> idleFuture = queue.idle();

    queue.end();
    playing.completeExceptionally(new ChannelGoneException("ch"));
    enqueue("late", CompletableFuture.completedFuture(null));

    assertThat(heard).containsExactly("menu", "menu lost", "never lost", "late lost");
    assertThat(idleFuture).isCompletedExceptionally();
    assertThat(idle).hasValue(0);
  }

  @Test
  void aPromptCutOffByTheHangupFailsIdleEvenBeforeTheLegHearsOfTheHangup() {
    CompletableFuture<Void> playing = new CompletableFuture<>();
    enqueue("menu", playing);
    CompletableFuture<Void> idleFuture = queue.idle();

    // the telephony ends the prompt first, and tells of the hang-up only afterwards
    playing.completeExceptionally(new ChannelGoneException("ch"));

    assertThat(idleFuture).isCompletedExceptionally();
  }

  @Test
  void bargeInCutsThePlayingPromptAndSkipsTheQueuedOnesButNotLaterOnes() {
    CompletableFuture<Void> menu = new CompletableFuture<>();
    enqueue("menu", menu);
    enqueue("options", new CompletableFuture<>());
    CompletableFuture<Void> idleFuture = queue.idle();

    assertThat(queue.cutShort()).isTrue();
    menu.complete(null); // what the telephony's stopMedia does to the playing prompt
    enqueue("after", CompletableFuture.completedFuture(null));

    assertThat(heard)
        .containsExactly("menu", "menu cut short", "options cut short", "after", "after heard");
    assertThat(idleFuture).isCompleted();
  }

  @Test
  void thereIsNothingToCutWhenNothingPlays() {
    assertThat(queue.cutShort()).isFalse();
  }
}
