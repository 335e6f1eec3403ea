package dev.dialtone.telephony.ari;

import ch.loway.oss.ari4java.generated.models.Channel;
import ch.loway.oss.ari4java.generated.models.ChannelDestroyed;
import ch.loway.oss.ari4java.generated.models.ChannelDtmfReceived;
import ch.loway.oss.ari4java.generated.models.ChannelHangupRequest;
import ch.loway.oss.ari4java.generated.models.ChannelStateChange;
import ch.loway.oss.ari4java.generated.models.Dial;
import ch.loway.oss.ari4java.generated.models.Message;
import ch.loway.oss.ari4java.generated.models.PlaybackFinished;
import ch.loway.oss.ari4java.generated.models.RecordingFailed;
import ch.loway.oss.ari4java.generated.models.RecordingFinished;
import ch.loway.oss.ari4java.generated.models.StasisEnd;
import ch.loway.oss.ari4java.generated.models.StasisStart;
import dev.dialtone.telephony.CallEventListener;
import dev.dialtone.telephony.DialProgress;
import dev.dialtone.telephony.HangupCause;
import dev.dialtone.telephony.IncomingCall;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads ARI events (on the channel's lane) and tells the listener what they mean for a call.
 * Nothing here throws: a surprising event is logged and dropped.
 */
final class AriEvents {

  private static final Logger LOG = LoggerFactory.getLogger(AriEvents.class);

  private final Map<String, LiveChannel> channels;
  private final Playbacks playbacks;
  private final Recordings recordings;
  private final Supplier<CallEventListener> listener;

  AriEvents(
      Map<String, LiveChannel> channels,
      Playbacks playbacks,
      Recordings recordings,
      Supplier<CallEventListener> listener) {
    this.channels = channels;
    this.playbacks = playbacks;
    this.recordings = recordings;
    this.listener = listener;
  }

  /** The lane an event belongs on: its channel's, or the channel its media plays on. */
  static Optional<String> laneOf(Message message) {
    return switch (message) {
      case StasisStart e -> Optional.of(e.getChannel().getId());
      case StasisEnd e -> Optional.of(e.getChannel().getId());
      case ChannelStateChange e -> Optional.of(e.getChannel().getId());
      case ChannelDtmfReceived e -> Optional.of(e.getChannel().getId());
      case ChannelHangupRequest e -> Optional.of(e.getChannel().getId());
      case ChannelDestroyed e -> Optional.of(e.getChannel().getId());
      case Dial e -> Optional.ofNullable(e.getPeer()).map(Channel::getId);
      case PlaybackFinished e -> channelOfTarget(e.getPlayback().getTarget_uri());
      case RecordingFinished e -> channelOfTarget(e.getRecording().getTarget_uri());
      case RecordingFailed e -> channelOfTarget(e.getRecording().getTarget_uri());
      default -> Optional.empty();
    };
  }

  private static Optional<String> channelOfTarget(String targetUri) {
    return targetUri != null && targetUri.startsWith("channel:")
        ? Optional.of(targetUri.substring("channel:".length()))
        : Optional.empty();
  }

  void handle(Message message) {
    try {
      switch (message) {
        case StasisStart e -> stasisStart(e);
        case StasisEnd e -> ended(e.getChannel().getId(), null);
        case ChannelHangupRequest e -> ended(e.getChannel().getId(), e.getCause());
        case ChannelDestroyed e -> ended(e.getChannel().getId(), e.getCause());
        case ChannelStateChange e -> stateChanged(e.getChannel());
        case ChannelDtmfReceived e -> dtmf(e);
        case Dial e -> dialed(e);
        case PlaybackFinished e -> playbacks.finished(e.getPlayback().getId());
        case RecordingFinished e ->
            recordings
                .finished(e.getRecording())
                .ifPresent(
                    done -> listener.get().onRecordingFinished(done.getKey(), done.getValue()));
        case RecordingFailed e -> recordings.failed(e.getRecording());
        default -> LOG.trace("ignored ARI event {}", message.getType());
      }
    } catch (RuntimeException e) {
      LOG.error("handling ARI event {} failed", message.getType(), e);
    }
  }

  private void stasisStart(StasisStart event) {
    Channel channel = event.getChannel();
    LiveChannel known = channels.get(channel.getId());
    if (known != null) {
      // one of ours (originated): a Local channel enters Stasis already answered
      if ("Up".equals(channel.getState()) && known.markAnswered()) {
        listener.get().onDialProgress(known.id(), DialProgress.answered());
      }
      return;
    }
    channels.put(channel.getId(), new LiveChannel(channel.getId(), false));
    List<String> args = event.getArgs() == null ? List.of() : event.getArgs();
    listener.get().onIncoming(incoming(channel, args));
  }

  /**
   * The dialed number is the first Stasis argument (the dialplan passes ${EXTEN}), else the
   * channel's extension; Asterisk drops the leading + in many dial plans, so it is added back.
   * Further arguments of the form key=value become the call's arguments.
   */
  static IncomingCall incoming(Channel channel, List<String> args) {
    String dialed =
        !args.isEmpty() && !args.getFirst().isBlank()
            ? args.getFirst()
            : channel.getDialplan() == null ? "" : channel.getDialplan().getExten();
    Map<String, String> arguments = new java.util.LinkedHashMap<>();
    for (String arg : args.subList(Math.min(1, args.size()), args.size())) {
      int eq = arg.indexOf('=');
      if (eq > 0) {
        arguments.put(arg.substring(0, eq), arg.substring(eq + 1));
      }
    }
    String from = channel.getCaller() == null ? "" : nullToEmpty(channel.getCaller().getNumber());
    return new IncomingCall(channel.getId(), e164(from), e164(nullToEmpty(dialed)), arguments);
  }

  private static String e164(String number) {
    String trimmed = number.strip();
    return trimmed.matches("[0-9]+") ? "+" + trimmed : trimmed;
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }

  private void stateChanged(Channel channel) {
    LiveChannel known = channels.get(channel.getId());
    if (known == null || !known.outbound() || known.isEnded()) {
      return;
    }
    switch (channel.getState()) {
      case "Ringing", "Ring" -> {
        if (known.markRinging()) {
          listener.get().onDialProgress(known.id(), DialProgress.ringing());
        }
      }
      case "Up" -> {
        if (known.markAnswered()) {
          listener.get().onDialProgress(known.id(), DialProgress.answered());
        }
      }
      default -> {}
    }
  }

  private void dialed(Dial event) {
    LiveChannel known = event.getPeer() == null ? null : channels.get(event.getPeer().getId());
    if (known != null && known.outbound() && event.getDialstatus() != null) {
      known.dialStatus(event.getDialstatus());
    }
  }

  private void dtmf(ChannelDtmfReceived event) {
    String channelId = event.getChannel().getId();
    LiveChannel known = channels.get(channelId);
    String digit = event.getDigit();
    if (known == null || known.isEnded() || digit == null || digit.length() != 1) {
      return;
    }
    recordings.keyPressed(channelId, digit.charAt(0));
    listener.get().onDtmf(channelId, digit.charAt(0));
  }

  /** The first of ChannelHangupRequest / StasisEnd / ChannelDestroyed ends the channel. */
  void ended(String channelId, Integer cause) {
    LiveChannel known = channels.get(channelId);
    if (known == null) {
      return;
    }
    if (cause == null && known.outbound() && !known.isAnswered()) {
      return; // wait for the event that carries the cause of the failed dial
    }
    channels.remove(channelId);
    playbacks.channelGone(channelId);
    recordings.channelGone(channelId);
    if (!known.markEnded() || known.wasHungUpLocally()) {
      return;
    }
    if (known.outbound() && !known.isAnswered()) {
      listener
          .get()
          .onDialProgress(
              channelId, DialProgress.failed(HangupCauses.ofUnanswered(known.dialStatus(), cause)));
    } else {
      listener.get().onRemoteHangup(channelId, HangupCauses.ofAnswered(cause));
    }
  }

  /** The events socket dropped: whatever happens to this channel now, we will not hear it. */
  void lost(String channelId) {
    LiveChannel known = channels.remove(channelId);
    playbacks.channelGone(channelId);
    recordings.channelGone(channelId);
    if (known == null || !known.markEnded() || known.wasHungUpLocally()) {
      return;
    }
    if (known.outbound() && !known.isAnswered()) {
      listener.get().onDialProgress(channelId, DialProgress.failed(HangupCause.FAILED));
    } else {
      listener.get().onRemoteHangup(channelId, HangupCause.FAILED);
    }
  }
}
