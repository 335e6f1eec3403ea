package dev.dialtone.telephony.sim;

import dev.dialtone.telephony.ChannelGoneException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;

/** One simulated channel: at most one medium plays at a time, like on a real channel. */
final class SimulatedChannel {

  private final String id;
  private boolean answered;
  private boolean gone;
  private CompletableFuture<Void> media;
  private ScheduledFuture<?> mediaEnd;

  SimulatedChannel(String id) {
    this.id = id;
  }

  String id() {
    return id;
  }

  synchronized boolean isGone() {
    return gone;
  }

  synchronized boolean isAnswered() {
    return answered;
  }

  synchronized void answer() {
    if (gone) {
      throw new ChannelGoneException(id);
    }
    answered = true;
  }

  /** Starts a medium; the caller schedules its end with {@link #scheduledEnd}. */
  synchronized CompletableFuture<Void> startMedia() {
    if (gone) {
      return CompletableFuture.failedFuture(new ChannelGoneException(id));
    }
    stopMedia();
    media = new CompletableFuture<>();
    return media;
  }

  synchronized void scheduledEnd(CompletableFuture<Void> forMedia, ScheduledFuture<?> end) {
    if (media == forMedia) {
      mediaEnd = end;
    } else {
      end.cancel(false);
    }
  }

  synchronized void finishMedia(CompletableFuture<Void> forMedia) {
    if (media == forMedia) {
      media = null;
      mediaEnd = null;
    }
    forMedia.complete(null);
  }

  /** Barge-in: the medium playing now ends at once, as if it had been heard. */
  synchronized void interruptMedia() {
    if (mediaEnd != null) {
      mediaEnd.cancel(false);
    }
    CompletableFuture<Void> playing = media;
    media = null;
    mediaEnd = null;
    if (playing != null) {
      playing.complete(null);
    }
  }

  /** Marks the channel gone; returns false when it already was. */
  synchronized boolean end() {
    if (gone) {
      return false;
    }
    gone = true;
    if (media != null) {
      media.completeExceptionally(new ChannelGoneException(id));
    }
    stopMedia();
    return true;
  }

  private void stopMedia() {
    if (mediaEnd != null) {
      mediaEnd.cancel(false);
    }
    if (media != null && !media.isDone()) {
      // A new prompt replaces the old one, as a new ARI play would queue behind it; the runtime
      // never overlaps prompts, so this only happens when a leg is torn down.
      media.completeExceptionally(new ChannelGoneException(id));
    }
    media = null;
    mediaEnd = null;
  }
}
