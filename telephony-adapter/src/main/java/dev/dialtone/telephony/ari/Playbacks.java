package dev.dialtone.telephony.ari;

import dev.dialtone.telephony.ChannelGoneException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Media the channels are hearing or about to hear. A playback's future completes on
 * PlaybackFinished (played out or stopped) and fails with {@link ChannelGoneException} when its
 * channel hangs up first: Asterisk reports PlaybackFinished only after the hang-up.
 */
final class Playbacks {

  /** One medium for one channel; {@code stopped} also covers a prompt still being rendered. */
  static final class Playback {
    final String id;
    final String channelId;
    final CompletableFuture<Void> done = new CompletableFuture<>();
    volatile boolean stopped;

    Playback(String id, String channelId) {
      this.id = id;
      this.channelId = channelId;
    }
  }

  private final Map<String, Playback> byId = new ConcurrentHashMap<>();

  Playback open(String playbackId, String channelId) {
    Playback playback = new Playback(playbackId, channelId);
    byId.put(playbackId, playback);
    playback.done.whenComplete((ignored, error) -> byId.remove(playbackId));
    return playback;
  }

  Optional<Playback> get(String playbackId) {
    return Optional.ofNullable(byId.get(playbackId));
  }

  List<Playback> of(String channelId) {
    return byId.values().stream().filter(p -> p.channelId.equals(channelId)).toList();
  }

  void finished(String playbackId) {
    Playback playback = byId.get(playbackId);
    if (playback != null) {
      playback.done.complete(null);
    }
  }

  void channelGone(String channelId) {
    of(channelId).forEach(p -> p.done.completeExceptionally(new ChannelGoneException(channelId)));
  }
}
