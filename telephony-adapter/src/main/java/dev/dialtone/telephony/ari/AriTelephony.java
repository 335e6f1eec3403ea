package dev.dialtone.telephony.ari;

import ch.loway.oss.ari4java.generated.models.Bridge;
import ch.loway.oss.ari4java.generated.models.Channel;
import ch.loway.oss.ari4java.generated.models.LiveRecording;
import ch.loway.oss.ari4java.generated.models.Message;
import ch.loway.oss.ari4java.generated.models.Playback;
import dev.dialtone.telephony.CallControl;
import dev.dialtone.telephony.CallEventListener;
import dev.dialtone.telephony.ChannelGoneException;
import dev.dialtone.telephony.Dial;
import dev.dialtone.telephony.DialProgress;
import dev.dialtone.telephony.HangupCause;
import dev.dialtone.telephony.RecordedAudio;
import dev.dialtone.telephony.RecordingRequest;
import dev.dialtone.telephony.Speech;
import dev.dialtone.telephony.tts.PromptSource;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The call-control port over Asterisk's REST interface (ari4java, ARI 10 / Asterisk 22). Events
 * leave the WebSocket's I/O thread at once for the channel's lane ({@link ChannelLanes}); command
 * futures complete on the same lane, so a listener sees a channel's events and results in order.
 */
public final class AriTelephony implements CallControl, AutoCloseable {

  private final AriSettings settings;
  private final PromptSource prompts;
  private final ChannelLanes lanes = new ChannelLanes();
  private final Map<String, LiveChannel> channels = new ConcurrentHashMap<>();
  private final Playbacks playbacks = new Playbacks();
  private final Recordings recordings = new Recordings();
  private final AriConnection connection;
  private final Commands commands;
  private final AriEvents events;
  private final ExecutorService rendering = Executors.newVirtualThreadPerTaskExecutor();
  private final ScheduledExecutorService timers =
      Executors.newSingleThreadScheduledExecutor(
          r -> Thread.ofPlatform().name("ari-dial-timeouts").daemon().unstarted(r));
  private volatile CallEventListener listener;

  public AriTelephony(AriSettings settings, PromptSource prompts) {
    this.settings = Objects.requireNonNull(settings);
    this.prompts = Objects.requireNonNull(prompts);
    this.connection = new AriConnection(settings, new ConnectionEvents());
    this.commands = new Commands(connection, lanes);
    this.events = new AriEvents(channels, playbacks, recordings, this::requireListener);
  }

  /** Opens the events WebSocket (and keeps reopening it); call after {@link #listen}. */
  public void start() {
    connection.start();
  }

  public ConnectionState connectionState() {
    return connection.state();
  }

  /** Channels currently in the Stasis application through this adapter. */
  public int liveChannels() {
    return channels.size();
  }

  @Override
  public void listen(CallEventListener listener) {
    this.listener = listener;
  }

  @Override
  public CompletableFuture<Void> answer(String channelId) {
    return commands.onChannel(
        channelId,
        "answer",
        ari -> {
          ari.channels().answer(channelId).execute();
          return null;
        });
  }

  @Override
  public CompletableFuture<Void> speak(String channelId, Speech speech) {
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
                startPlayback(playback, media);
              }
            });
    return playback.done;
  }

  @Override
  public CompletableFuture<Void> play(String channelId, URI media) {
    if (!channels.containsKey(channelId)) {
      return CompletableFuture.failedFuture(new ChannelGoneException(channelId));
    }
    Playbacks.Playback playback = playbacks.open(UUID.randomUUID().toString(), channelId);
    startPlayback(playback, media.toString());
    return playback.done;
  }

  private void startPlayback(Playbacks.Playback playback, String media) {
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
                stopPlayback(playback); // stopMedia raced the play command
              }
            });
  }

  @Override
  public CompletableFuture<Void> stopMedia(String channelId) {
    List<Playbacks.Playback> playing = playbacks.of(channelId);
    playing.forEach(p -> p.stopped = true);
    return CompletableFuture.allOf(
        playing.stream().map(this::stopPlayback).toArray(CompletableFuture[]::new));
  }

  private CompletableFuture<Void> stopPlayback(Playbacks.Playback playback) {
    return commands
        .<Void>other(
            playback.channelId,
            "stop playback",
            ari -> {
              ari.playbacks().stop(playback.id).execute();
              return null;
            })
        .handle(
            (ignored, error) -> {
              // 404: it finished (or never started) meanwhile; either way nothing plays now
              if (error != null && !Commands.isNotFound(error)) {
                throw new java.util.concurrent.CompletionException(error);
              }
              return null;
            });
  }

  @Override
  public CompletableFuture<RecordedAudio> record(String channelId, RecordingRequest request) {
    if (!channels.containsKey(channelId)) {
      return CompletableFuture.failedFuture(new ChannelGoneException(channelId));
    }
    Recordings.Recording recording = recordings.open(channelId, request);
    commands
        .<LiveRecording>onChannel(
            channelId,
            "record",
            ari -> {
              var command =
                  ari.channels()
                      .record(channelId, request.name(), "wav")
                      .setMaxDurationSeconds(seconds(request.maxDuration()))
                      .setBeep(request.beep())
                      .setIfExists("overwrite")
                      .setTerminateOn(
                          request.finishKeys().isEmpty() ? "none" : request.finishKeys());
              if (request.endOfSilence() != null) {
                command.setMaxSilenceSeconds(seconds(request.endOfSilence()));
              }
              return command.execute();
            })
        .exceptionally(
            error -> {
              recording.done.completeExceptionally(error);
              return null;
            });
    return recording.done;
  }

  private static int seconds(java.time.Duration duration) {
    return (int) Math.max(1, (duration.toMillis() + 999) / 1000);
  }

  @Override
  public CompletableFuture<Void> stopRecording(String recordingName) {
    String lane = recordings.get(recordingName).map(r -> r.channelId).orElse(recordingName);
    recordings
        .get(recordingName)
        .ifPresent(r -> r.end = r.end == null ? RecordedAudio.End.STOPPED : r.end);
    return commands.other(
        lane,
        "stop recording",
        ari -> {
          ari.recordings().stop(recordingName).execute();
          return null;
        });
  }

  @Override
  public CompletableFuture<byte[]> recordingAudio(String recordingName) {
    return commands.other(
        recordingName,
        "fetch recording",
        ari -> ari.recordings().getStoredFile(recordingName).execute());
  }

  @Override
  public CompletableFuture<Void> deleteRecording(String recordingName) {
    return commands.other(
        recordingName,
        "delete recording",
        ari -> {
          ari.recordings().deleteStored(recordingName).execute();
          return null;
        });
  }

  @Override
  public CompletableFuture<Void> originate(Dial dial) {
    String endpoint;
    try {
      endpoint = settings.dialTemplate().endpointFor(dial.destination());
    } catch (IllegalArgumentException e) {
      return CompletableFuture.failedFuture(e);
    }
    LiveChannel channel = new LiveChannel(dial.channelId(), true);
    if (channels.putIfAbsent(dial.channelId(), channel) != null) {
      return CompletableFuture.failedFuture(
          new IllegalArgumentException("channel id " + dial.channelId() + " is in use"));
    }
    // Our timer, not Asterisk's, decides "dialout": Asterisk's timeout is a second longer.
    channel.dialTimeout(
        timers.schedule(
            () -> lanes.submit(dial.channelId(), () -> dialTimedOut(channel)),
            dial.timeout().toMillis(),
            TimeUnit.MILLISECONDS));
    String appArgs =
        String.join(
            ",",
            dial.arguments().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .toList());
    CompletableFuture<Void> placed =
        commands
            .<Channel>onChannel(
                dial.channelId(),
                "originate",
                ari -> {
                  var command =
                      ari.channels()
                          .originate(endpoint)
                          .setChannelId(dial.channelId())
                          .setApp(settings.app())
                          .setTimeout((int) dial.timeout().toSeconds() + 1);
                  if (!appArgs.isEmpty()) {
                    command.setAppArgs(appArgs);
                  }
                  if (dial.callerId() != null && !dial.callerId().isBlank()) {
                    command.setCallerId(dial.callerId());
                  }
                  return command.execute();
                })
            .thenApply(created -> null);
    return placed.whenComplete(
        (ignored, error) -> {
          if (error != null) {
            channels.remove(dial.channelId(), channel);
            channel.markEnded();
          }
        });
  }

  private void dialTimedOut(LiveChannel channel) {
    if (channel.isAnswered() || !channel.markEnded()) {
      return;
    }
    channels.remove(channel.id(), channel);
    channel.hungUpLocally();
    sendHangup(channel.id(), HangupCause.DIALOUT);
    requireListener().onDialProgress(channel.id(), DialProgress.failed(HangupCause.DIALOUT));
  }

  @Override
  public CompletableFuture<Void> createBridge(String bridgeId) {
    return commands
        .<Bridge>other(
            bridgeId,
            "create bridge",
            ari -> ari.bridges().create().setBridgeId(bridgeId).setType("mixing").execute())
        .thenApply(bridge -> null);
  }

  @Override
  public CompletableFuture<Void> addToBridge(String bridgeId, String channelId) {
    return commands.onChannel(
        channelId,
        "add to bridge",
        ari -> {
          ari.bridges().addChannel(bridgeId, channelId).execute();
          return null;
        });
  }

  @Override
  public CompletableFuture<Void> removeFromBridge(String bridgeId, String channelId) {
    return commands.onChannel(
        channelId,
        "remove from bridge",
        ari -> {
          ari.bridges().removeChannel(bridgeId, channelId).execute();
          return null;
        });
  }

  @Override
  public CompletableFuture<Void> destroyBridge(String bridgeId) {
    return commands
        .<Void>other(
            bridgeId,
            "destroy bridge",
            ari -> {
              ari.bridges().destroy(bridgeId).execute();
              return null;
            })
        .handle(
            (ignored, error) -> {
              if (error != null && !Commands.isNotFound(error)) {
                throw new java.util.concurrent.CompletionException(error);
              }
              return null;
            });
  }

  @Override
  public CompletableFuture<Void> hangup(String channelId, HangupCause cause) {
    LiveChannel channel = channels.get(channelId);
    if (channel != null) {
      channel.hungUpLocally();
      channel.markEnded();
    }
    return sendHangup(channelId, cause)
        .whenComplete(
            (ignored, error) -> lanes.submit(channelId, () -> events.ended(channelId, 16)));
  }

  private CompletableFuture<Void> sendHangup(String channelId, HangupCause cause) {
    return commands
        .<Void>onChannel(
            channelId,
            "hangup",
            ari -> {
              ari.channels().hangup(channelId).setReason(HangupCauses.ariReason(cause)).execute();
              return null;
            })
        .handle(
            (ignored, error) -> {
              if (error != null && !Commands.isNotFound(error)) {
                throw new java.util.concurrent.CompletionException(error);
              }
              return null;
            });
  }

  @Override
  public void close() {
    connection.close();
    commands.close();
    timers.shutdownNow();
    rendering.shutdownNow();
    lanes.close();
  }

  private CallEventListener requireListener() {
    CallEventListener current = listener;
    if (current == null) {
      throw new IllegalStateException("no call event listener registered");
    }
    return current;
  }

  private final class ConnectionEvents implements AriConnection.Events {

    @Override
    public void onMessage(Message message) {
      AriEvents.laneOf(message).ifPresent(lane -> lanes.submit(lane, () -> events.handle(message)));
    }

    @Override
    public void onDown(String reason) {
      for (String channelId : List.copyOf(channels.keySet())) {
        lanes.submit(
            channelId,
            () -> {
              events.lost(channelId);
              // the channel may still be up on Asterisk, in an application nobody hears
              sendHangup(channelId, HangupCause.FAILED);
            });
      }
    }
  }
}
