package dev.dialtone.telephony.sim;

import dev.dialtone.telephony.CallControl;
import dev.dialtone.telephony.CallEventListener;
import dev.dialtone.telephony.ChannelGoneException;
import dev.dialtone.telephony.Dial;
import dev.dialtone.telephony.DialProgress;
import dev.dialtone.telephony.HangupCause;
import dev.dialtone.telephony.IncomingCall;
import dev.dialtone.telephony.RecordedAudio;
import dev.dialtone.telephony.RecordingRequest;
import dev.dialtone.telephony.Speech;
import dev.dialtone.telephony.UnknownChannelException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Telephony without a telephone: speech lasts {@code len(text) / charsPerSecond}, audio files a
 * fixed time, the caller's actions (dialing in, pressing keys, hanging up) are method calls, and
 * outbound calls ring {@link VirtualPhones}. Used by the embedded default, the in-browser test
 * call, tests and benchmarks.
 *
 * <p>Events reach the listener on the thread that caused them (the caller's method call, or the
 * simulation clock for what phones and timers do), in order per channel.
 */
public final class SimulatedTelephony implements CallControl, AutoCloseable {

  private static final String DTMF_KEYS = "0123456789*#ABCD";

  private final double charsPerSecond;
  private final Duration playDuration;
  private final ScheduledExecutorService clock;
  private final Map<String, SimulatedChannel> channels = new ConcurrentHashMap<>();
  private final VirtualPhones phones = new VirtualPhones();
  private final SimulatedRecorder recorder;
  private final SimulatedBridges bridges = new SimulatedBridges(this::isLive);
  private final SimulatedDialer dialer;
  private volatile CallEventListener listener;

  public SimulatedTelephony(double charsPerSecond, Duration playDuration) {
    if (!(charsPerSecond > 0)) {
      throw new IllegalArgumentException("charsPerSecond must be positive, got " + charsPerSecond);
    }
    this.charsPerSecond = charsPerSecond;
    this.playDuration = Objects.requireNonNull(playDuration);
    this.clock =
        Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().name("sim-telephony-clock").daemon().unstarted(r));
    this.recorder =
        new SimulatedRecorder(
            clock, (channelId, audio) -> requireListener().onRecordingFinished(channelId, audio));
    this.dialer = new SimulatedDialer(phones, clock, new DialOutcomes());
  }

  @Override
  public void listen(CallEventListener listener) {
    this.listener = listener;
  }

  /** The phones that outbound calls ring. */
  public VirtualPhones phones() {
    return phones;
  }

  /** A caller dials {@code to}; returns the new channel's id once the listener has seen it. */
  public String placeCall(String from, String to, Map<String, String> arguments) {
    String id = "sim-" + UUID.randomUUID();
    channels.put(id, new SimulatedChannel(id));
    requireListener().onIncoming(new IncomingCall(id, from, to, arguments));
    return id;
  }

  /** The caller presses keys; only 0-9, *, # and A-D exist on a keypad. */
  public void pressDigits(String channelId, String digits) {
    SimulatedChannel channel = live(channelId);
    for (char digit : digits.toCharArray()) {
      if (DTMF_KEYS.indexOf(digit) < 0) {
        throw new IllegalArgumentException(
            "'" + digit + "' is not a telephone key (allowed: 0-9, *, #, A-D)");
      }
    }
    for (char digit : digits.toCharArray()) {
      if (!channel.isGone()) {
        recorder.keyPressed(channelId, digit);
        requireListener().onDtmf(channelId, digit);
      }
    }
  }

  /** The caller (or the far end of an outbound channel) hangs up. */
  public void hangupByCaller(String channelId) {
    live(channelId);
    endRemotely(channelId, HangupCause.NORMAL);
  }

  public boolean isLive(String channelId) {
    SimulatedChannel channel = channels.get(channelId);
    return channel != null && !channel.isGone();
  }

  public int liveChannels() {
    return channels.size();
  }

  /** The channels in a bridge now (empty when there is no such bridge). */
  public Set<String> bridgeMembers(String bridgeId) {
    return bridges.membersOf(bridgeId);
  }

  @Override
  public CompletableFuture<Void> answer(String channelId) {
    SimulatedChannel channel = channels.get(channelId);
    if (channel == null) {
      return CompletableFuture.failedFuture(new ChannelGoneException(channelId));
    }
    try {
      channel.answer();
      return CompletableFuture.completedFuture(null);
    } catch (ChannelGoneException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  @Override
  public CompletableFuture<Void> speak(String channelId, Speech speech) {
    long millis = Math.round(speech.text().length() * 1000 / charsPerSecond);
    return playFor(channelId, millis);
  }

  @Override
  public CompletableFuture<Void> play(String channelId, URI media) {
    return playFor(channelId, playDuration.toMillis());
  }

  @Override
  public CompletableFuture<Void> stopMedia(String channelId) {
    SimulatedChannel channel = channels.get(channelId);
    if (channel == null) {
      return CompletableFuture.failedFuture(new ChannelGoneException(channelId));
    }
    channel.interruptMedia();
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<RecordedAudio> record(String channelId, RecordingRequest request) {
    if (!isLive(channelId)) {
      return CompletableFuture.failedFuture(new ChannelGoneException(channelId));
    }
    return recorder.start(channelId, request);
  }

  @Override
  public CompletableFuture<Void> stopRecording(String recordingName) {
    recorder.stop(recordingName);
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<byte[]> recordingAudio(String recordingName) {
    return recorder
        .audio(recordingName)
        .map(CompletableFuture::completedFuture)
        .orElseGet(
            () ->
                CompletableFuture.failedFuture(
                    new NoSuchElementException("no recording " + recordingName)));
  }

  @Override
  public CompletableFuture<Void> deleteRecording(String recordingName) {
    recorder.delete(recordingName);
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<Void> originate(Dial dial) {
    SimulatedChannel channel = new SimulatedChannel(dial.channelId());
    if (channels.putIfAbsent(dial.channelId(), channel) != null) {
      return CompletableFuture.failedFuture(
          new IllegalArgumentException("channel id " + dial.channelId() + " is in use"));
    }
    dialer.dial(dial, channel);
    return CompletableFuture.completedFuture(null);
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
    SimulatedChannel channel = channels.remove(channelId);
    if (channel != null) {
      channel.end();
      bridges.channelGone(channelId);
      recorder.channelGone(channelId);
    }
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void close() {
    clock.shutdownNow();
    channels.values().forEach(SimulatedChannel::end);
    channels.clear();
  }

  private void endRemotely(String channelId, HangupCause cause) {
    SimulatedChannel channel = channels.get(channelId);
    if (channel != null && channel.end()) {
      channels.remove(channelId);
      bridges.channelGone(channelId);
      recorder.channelGone(channelId);
      requireListener().onRemoteHangup(channelId, cause);
    }
  }

  /** Where the dialer's phones report to. */
  private final class DialOutcomes implements SimulatedDialer.Outcomes {

    @Override
    public void progress(String channelId, DialProgress progress) {
      requireListener().onDialProgress(channelId, progress);
    }

    @Override
    public void ended(String channelId, HangupCause cause, boolean remote) {
      if (remote) {
        endRemotely(channelId, cause);
      } else {
        SimulatedChannel channel = channels.remove(channelId);
        if (channel != null) {
          channel.end();
        }
      }
    }

    @Override
    public boolean waiting(String channelId) {
      return isLive(channelId);
    }
  }

  private CompletableFuture<Void> playFor(String channelId, long millis) {
    SimulatedChannel channel = channels.get(channelId);
    if (channel == null) {
      return CompletableFuture.failedFuture(new ChannelGoneException(channelId));
    }
    CompletableFuture<Void> media = channel.startMedia();
    if (media.isDone()) {
      return media;
    }
    if (millis <= 0) {
      channel.finishMedia(media);
    } else {
      channel.scheduledEnd(
          media, clock.schedule(() -> channel.finishMedia(media), millis, TimeUnit.MILLISECONDS));
    }
    return media;
  }

  private SimulatedChannel live(String channelId) {
    SimulatedChannel channel = channels.get(channelId);
    if (channel == null || channel.isGone()) {
      throw new UnknownChannelException(channelId);
    }
    return channel;
  }

  private CallEventListener requireListener() {
    CallEventListener current = listener;
    if (current == null) {
      throw new IllegalStateException("no call event listener registered");
    }
    return current;
  }
}
