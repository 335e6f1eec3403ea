package dev.dialtone.telephony.sim;

import dev.dialtone.telephony.CallControl;
import dev.dialtone.telephony.CallEventListener;
import dev.dialtone.telephony.ChannelGoneException;
import dev.dialtone.telephony.HangupCause;
import dev.dialtone.telephony.IncomingCall;
import dev.dialtone.telephony.Speech;
import dev.dialtone.telephony.UnknownChannelException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Telephony without a telephone: speech lasts {@code len(text) / charsPerSecond}, audio files a
 * fixed time, and the caller's actions (dialing in, pressing keys, hanging up) are method calls.
 * Used by the embedded default, the in-browser test call, tests and benchmarks.
 *
 * <p>Events reach the listener on the thread that caused them, in order per channel.
 */
public final class SimulatedTelephony implements CallControl, AutoCloseable {

  private static final String DTMF_KEYS = "0123456789*#ABCD";

  private final double charsPerSecond;
  private final Duration playDuration;
  private final ScheduledExecutorService clock;
  private final Map<String, SimulatedChannel> channels = new ConcurrentHashMap<>();
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
  }

  @Override
  public void listen(CallEventListener listener) {
    this.listener = listener;
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
        requireListener().onDtmf(channelId, digit);
      }
    }
  }

  /** The caller hangs up. */
  public void hangupByCaller(String channelId) {
    SimulatedChannel channel = live(channelId);
    if (channel.end()) {
      channels.remove(channelId);
      requireListener().onRemoteHangup(channelId, HangupCause.NORMAL);
    }
  }

  public boolean isLive(String channelId) {
    SimulatedChannel channel = channels.get(channelId);
    return channel != null && !channel.isGone();
  }

  public int liveChannels() {
    return channels.size();
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
  public CompletableFuture<Void> hangup(String channelId, HangupCause cause) {
    SimulatedChannel channel = channels.remove(channelId);
    if (channel != null) {
      channel.end();
    }
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void close() {
    clock.shutdownNow();
    channels.values().forEach(SimulatedChannel::end);
    channels.clear();
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
