package dev.dialtone.telephony.ari;

import ch.loway.oss.ari4java.generated.models.Message;
import dev.dialtone.telephony.CallControl;
import dev.dialtone.telephony.CallEventListener;
import dev.dialtone.telephony.Dial;
import dev.dialtone.telephony.HangupCause;
import dev.dialtone.telephony.RecordedAudio;
import dev.dialtone.telephony.RecordingRequest;
import dev.dialtone.telephony.Speech;
import dev.dialtone.telephony.tts.PromptSource;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The call-control port over Asterisk's REST interface (ari4java, ARI 10 / Asterisk 22). Events
 * leave the WebSocket's thread at once for the channel's lane ({@link ChannelLanes}); command
 * futures complete on the same lane, so a listener sees a channel's events and results in order.
 */
public final class AriTelephony implements CallControl, AutoCloseable {

  private final ChannelLanes lanes = new ChannelLanes();
  private final Map<String, LiveChannel> channels = new ConcurrentHashMap<>();
  private final AriConnection connection;
  private final Commands commands;
  private final AriEvents events;
  private final AriMedia media;
  private final AriRecorder recorder;
  private final AriDialer dialer;
  private final AriBridges bridges;
  private volatile CallEventListener listener;

  public AriTelephony(AriSettings settings, PromptSource prompts) {
    Objects.requireNonNull(settings);
    Objects.requireNonNull(prompts);
    Playbacks playbacks = new Playbacks();
    Recordings recordings = new Recordings();
    this.connection = new AriConnection(settings, new ConnectionEvents());
    this.commands = new Commands(connection, lanes);
    this.events = new AriEvents(channels, playbacks, recordings, this::requireListener);
    this.media = new AriMedia(channels, playbacks, commands, prompts);
    this.recorder = new AriRecorder(channels, recordings, commands);
    this.dialer = new AriDialer(settings, channels, commands, lanes, this::requireListener);
    this.bridges = new AriBridges(commands);
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
    return media.speak(channelId, speech);
  }

  @Override
  public CompletableFuture<Void> play(String channelId, URI uri) {
    return media.play(channelId, uri);
  }

  @Override
  public CompletableFuture<Void> stopMedia(String channelId) {
    return media.stopMedia(channelId);
  }

  @Override
  public CompletableFuture<RecordedAudio> record(String channelId, RecordingRequest request) {
    return recorder.record(channelId, request);
  }

  @Override
  public CompletableFuture<Void> stopRecording(String recordingName) {
    return recorder.stop(recordingName);
  }

  @Override
  public CompletableFuture<byte[]> recordingAudio(String recordingName) {
    return recorder.audio(recordingName);
  }

  @Override
  public CompletableFuture<Void> deleteRecording(String recordingName) {
    return recorder.delete(recordingName);
  }

  @Override
  public CompletableFuture<Void> originate(Dial dial) {
    return dialer.originate(dial);
  }

  @Override
  public CompletableFuture<Void> createBridge(String bridgeId) {
    return bridges.create(bridgeId);
  }

  @Override
  public CompletableFuture<Void> addToBridge(String bridgeId, String channelId) {
    return bridges.add(bridgeId, channelId);
  }

  @Override
  public CompletableFuture<Void> removeFromBridge(String bridgeId, String channelId) {
    return bridges.remove(bridgeId, channelId);
  }

  @Override
  public CompletableFuture<Void> destroyBridge(String bridgeId) {
    return bridges.destroy(bridgeId);
  }

  @Override
  public CompletableFuture<Void> hangup(String channelId, HangupCause cause) {
    LiveChannel channel = channels.get(channelId);
    if (channel != null) {
      channel.hungUpLocally();
      channel.markEnded();
    }
    // Asterisk answers with events we asked for ourselves: the lane forgets the channel quietly.
    return commands
        .hangup(channelId, cause)
        .whenComplete(
            (ignored, error) -> lanes.submit(channelId, () -> events.ended(channelId, 16)));
  }

  @Override
  public void close() {
    connection.close();
    commands.close();
    dialer.close();
    media.close();
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
              commands.hangup(channelId, HangupCause.FAILED);
            });
      }
    }
  }
}
