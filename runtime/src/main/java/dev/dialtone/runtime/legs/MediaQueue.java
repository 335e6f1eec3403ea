package dev.dialtone.runtime.legs;

import dev.dialtone.telephony.ChannelGoneException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * What the caller will hear, in order. Prompts are queued behind each other the way a channel
 * queues playbacks, so the flow can run ahead of the audio: the next prompt starts the moment the
 * previous one ends, whatever the engine's latency. Nodes that wait on the caller (digits, hang-up)
 * wait for the queue to drain first.
 */
final class MediaQueue {

  private final String channelId;
  private final Runnable onIdle;
  private CompletableFuture<Void> tail = CompletableFuture.completedFuture(null);
  private int pending;
  private long queued;
  private long cutThrough;
  private boolean gone;

  MediaQueue(String channelId, Runnable onIdle) {
    this.channelId = channelId;
    this.onIdle = onIdle;
  }

  /**
   * Queues a medium; {@code onStart} runs when it begins to play, {@code onEnd} when it has been
   * heard or cut short (with null) or not (with the reason: {@link ChannelGoneException} when the
   * caller left), before anything queued behind it starts.
   */
  synchronized void enqueue(
      Runnable onStart, Supplier<CompletableFuture<Void>> play, PromptEnd onEnd) {
    if (gone) {
      onEnd.ended(new ChannelGoneException(channelId), false);
      return;
    }
    pending++;
    long ticket = ++queued;
    CompletableFuture<Void> heard =
        tail.handle((ignored, previousFailure) -> null)
            .thenCompose(
                ignored -> {
                  if (isGone()) {
                    return CompletableFuture.<Void>failedFuture(
                        new ChannelGoneException(channelId));
                  }
                  if (isCut(ticket)) {
                    return CompletableFuture.<Void>completedFuture(null);
                  }
                  onStart.run();
                  return play.get();
                });
    tail =
        heard.whenComplete(
            (ok, error) -> {
              onEnd.ended(error, error == null && isCut(ticket));
              finished();
            });
  }

  /**
   * Barge-in: everything queued so far is cut short — the prompt playing now is to be stopped by
   * the caller (through the telephony), the ones behind it will not start. Returns whether anything
   * was playing or queued.
   */
  synchronized boolean cutShort() {
    if (pending == 0 || gone) {
      return false;
    }
    cutThrough = queued;
    return true;
  }

  private synchronized boolean isCut(long ticket) {
    return ticket <= cutThrough;
  }

  /**
   * Completes when everything queued so far has been heard (or failed); fails when the caller left
   * — also when the telephony reports the prompt cut off by the hang-up before the leg has heard of
   * the hang-up itself.
   */
  synchronized CompletableFuture<Void> idle() {
    if (gone) {
      return CompletableFuture.failedFuture(new ChannelGoneException(channelId));
    }
    return tail.handle((ok, error) -> callerLeft(error))
        .thenCompose(
            left ->
                left || isGone()
                    ? CompletableFuture.<Void>failedFuture(new ChannelGoneException(channelId))
                    : CompletableFuture.<Void>completedFuture(null));
  }

  private static boolean callerLeft(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof ChannelGoneException) {
        return true;
      }
    }
    return false;
  }

  synchronized void end() {
    gone = true;
  }

  private synchronized boolean isGone() {
    return gone;
  }

  private void finished() {
    boolean nowIdle;
    synchronized (this) {
      pending--;
      nowIdle = pending == 0 && !gone;
    }
    if (nowIdle) {
      onIdle.run();
    }
  }
}
