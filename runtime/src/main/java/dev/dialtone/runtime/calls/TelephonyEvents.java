package dev.dialtone.runtime.calls;

import dev.dialtone.runtime.legs.CallLeg;
import dev.dialtone.runtime.legs.CallLegRegistry;
import dev.dialtone.telephony.CallControl;
import dev.dialtone.telephony.CallEventListener;
import dev.dialtone.telephony.DialProgress;
import dev.dialtone.telephony.HangupCause;
import dev.dialtone.telephony.IncomingCall;
import dev.dialtone.telephony.RecordedAudio;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears one telephony system and moves every event off the thread that delivered it, onto the
 * call's own queue in the {@link ChannelExecutor}: the delivering thread only notes an arrival (so
 * the caller's keys and hang-up find their leg at once) and never touches the database or the
 * engine, and it never sees an exception of ours.
 */
final class TelephonyEvents implements CallEventListener {

  private static final Logger LOG = LoggerFactory.getLogger(TelephonyEvents.class);

  private final CallControl telephony;
  private final CallLifecycle lifecycle;
  private final CallLegRegistry legs;
  private final ChannelExecutor channels;

  TelephonyEvents(
      CallControl telephony,
      CallLifecycle lifecycle,
      CallLegRegistry legs,
      ChannelExecutor channels) {
    this.telephony = telephony;
    this.lifecycle = lifecycle;
    this.legs = legs;
    this.channels = channels;
  }

  @Override
  public void onIncoming(IncomingCall call) {
    try {
      Instant at = Instant.now();
      String chosenId = call.argument(CallLifecycle.CALL_ID_ARGUMENT);
      UUID callId = parseOrNull(chosenId);
      CallLeg leg =
          new CallLeg(
              callId == null ? UUID.randomUUID() : callId,
              call.channelId(),
              call.from(),
              call.to(),
              telephony);
      legs.add(leg);
      String badArgument =
          chosenId != null && callId == null
              ? "argument " + CallLifecycle.CALL_ID_ARGUMENT + " is not a call id: " + chosenId
              : null;
      channels.execute(call.channelId(), () -> lifecycle.arrived(leg, call, badArgument, at));
    } catch (RuntimeException e) {
      // Only a broken event gets here (e.g. no channel id); the telephony must not see it.
      LOG.error("could not take call {}", call, e);
    }
  }

  @Override
  public void onDtmf(String channelId, char digit) {
    Instant at = Instant.now();
    channels.execute(channelId, () -> lifecycle.keyPressed(channelId, digit, at));
  }

  @Override
  public void onRemoteHangup(String channelId, HangupCause cause) {
    Instant at = Instant.now();
    channels.execute(channelId, () -> lifecycle.remoteHangup(channelId, cause, at));
  }

  @Override
  public void onDialProgress(String channelId, DialProgress progress) {
    Instant at = Instant.now();
    channels.execute(channelId, () -> lifecycle.dialProgress(channelId, progress, at));
  }

  @Override
  public void onRecordingFinished(String channelId, RecordedAudio recording) {
    // The record node (with its own future) comes with the groupcall/record issue.
    LOG.debug("channel {}: recording {} finished", channelId, recording.name());
  }

  private static UUID parseOrNull(String id) {
    if (id == null) {
      return null;
    }
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
