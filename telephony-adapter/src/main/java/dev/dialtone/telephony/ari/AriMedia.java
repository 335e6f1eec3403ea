package dev.dialtone.telephony.ari;

import ch.loway.oss.ari4java.generated.models.Playback;
import dev.dialtone.telephony.ChannelGoneException;
import dev.dialtone.telephony.Speech;
import dev.dialtone.telephony.tts.PromptSource;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Prompts and audio on channels, and barge-in: stopping whatever a channel hears now. */
final class AriMedia implements AutoCloseable {

  private final Map<String, LiveChannel> channels;
  private final Playbacks playbacks;
  private final Commands commands;
  private final PromptSource prompts;
  private final ExecutorService rendering = Executors.newVirtualThreadPerTaskExecutor();

  AriMedia(
      Map<String, LiveChannel> channels,
      Playbacks playbacks,
      Commands commands,
      PromptSource prompts) {
    this.channels = channels;
    this.playbacks = playbacks;
    this.commands = commands;
    this.prompts = prompts;
  }

  CompletableFuture<Void> speak(String channelId, Speech speech) {
    if (!channels.containsKey(channelId)) {
      return CompletableFuture.failedFuture(new ChannelGoneException(channelId));
    }
    // Rendering may take a moment: the playback exists (and can be stopped) from now on.
    Playbacks.Playback playback = playbacks.open(UUID.randomUUID().toString(), channelId);
    CompletableFuture.supplyAsync(() -> prompts.mediaFor(speech), rendering)
        .whenComplete(
            (media, error) -> {
              if (error != null) {
                playback.done.completeExceptionally(error);
              } else {
                start(playback, media);
              }
            });
    return playback.done;
  }

  CompletableFuture<Void> play(String channelId, URI media) {
    if (!channels.containsKey(channelId)) {
      return CompletableFuture.failedFuture(new ChannelGoneException(channelId));
    }
    Playbacks.Playback playback = playbacks.open(UUID.randomUUID().toString(), channelId);
    start(playback, media.toString());
    return playback.done;
  }

  private void start(Playbacks.Playback playback, String media) {
    if (playback.stopped) {
      playback.done.complete(null); // barged in before it began
      return;
    }
    commands
        .<Playback>onChannel(
            playback.channelId,
            "play",
            ari ->
                ari.channels().play(playback.channelId, media).setPlaybackId(playback.id).execute())
        .whenComplete(
            (started, error) -> {
              if (error != null) {
                playback.done.completeExceptionally(error);
              } else if (playback.stopped) {
                stop(playback); // stopMedia raced the play command
              }
            });
  }

  CompletableFuture<Void> stopMedia(String channelId) {
    List<Playbacks.Playback> playing = playbacks.of(channelId);
    playing.forEach(p -> p.stopped = true);
    return CompletableFuture.allOf(
        playing.stream().map(this::stop).toArray(CompletableFuture[]::new));
  }

  // 404: it finished (or never started) meanwhile; either way nothing plays now
  private CompletableFuture<Void> stop(Playbacks.Playback playback) {
    return Commands.goneIsDone(
        commands.other(
            playback.channelId,
            "stop playback",
            ari -> {
              ari.playbacks().stop(playback.id).execute();
              return null;
            }));
  }

  @Override
  public void close() {
    rendering.shutdownNow();
  }
}
