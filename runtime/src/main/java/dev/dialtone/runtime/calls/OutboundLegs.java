package dev.dialtone.runtime.calls;

import dev.dialtone.runtime.legs.CallLeg;
import dev.dialtone.runtime.legs.CallLegRegistry;
import dev.dialtone.runtime.legs.CallRoute;
import dev.dialtone.telephony.CallControl;
import dev.dialtone.telephony.Destination;
import dev.dialtone.telephony.Dial;
import dev.dialtone.telephony.DialProgress;
import dev.dialtone.telephony.HangupCause;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the runtime places: dials them, then follows their dial progress — dialing → ringing →
 * progressing when the far end answers (the flow starts then), or hang-up with the reason the
 * telephony gave.
 */
final class OutboundLegs {

  /** Records the end of a leg (journal and metrics), as the lifecycle does for every call. */
  interface Ending {
    void hungUp(CallLeg leg, HangupReason reason, HangupBy by, Instant at);
  }

  private static final Logger LOG = LoggerFactory.getLogger(OutboundLegs.class);

  private final CallLegRegistry legs;
  private final CallJournal journal;
  private final ChannelExecutor channels;
  private final CallProperties properties;
  private final InstanceStarter instances;
  private final Ending ending;

  OutboundLegs(
      CallLegRegistry legs,
      CallJournal journal,
      ChannelExecutor channels,
      CallProperties properties,
      InstanceStarter instances,
      Ending ending) {
    this.legs = legs;
    this.journal = journal;
    this.channels = channels;
    this.properties = properties;
    this.instances = instances;
    this.ending = ending;
  }

  void dial(UUID callId, String number, CallRoute route, CallControl telephony) {
    // The runtime names the channel, so no event can arrive for a channel it does not know yet.
    String channelId = "dialtone-" + callId;
    CallLeg leg = new CallLeg(callId, channelId, properties.callerId(), number, route, telephony);
    legs.add(leg);
    journal.created(
        new NewCall(
            callId,
            route.flowId(),
            route.flowVersion(),
            route.draft() ? CallRevision.DRAFT : CallRevision.PUBLISHED,
            CallDirection.OUTGOING,
            leg.from(),
            number,
            CallStatus.DIALING,
            null,
            null,
            Instant.now()));
    Dial dial =
        new Dial(
            channelId,
            Destination.tel(number),
            properties.callerId(),
            properties.dialTimeout(),
            Map.of(CallLifecycle.CALL_ID_ARGUMENT, callId.toString()));
    telephony
        .originate(dial)
        .whenComplete(
            (placed, error) -> {
              if (error != null) {
                LOG.warn("could not place call {} to {}: {}", callId, number, error.toString());
                channels.execute(
                    channelId,
                    () ->
                        progress(
                            channelId, DialProgress.failed(HangupCause.FAILED), Instant.now()));
              }
            });
  }

  /** A leg chained to {@code master}: dialed like any outbound call, but with no flow to run. */
  CallLeg dialChained(
      CallLeg master, UUID callId, Destination destination, String callerId, Duration timeout) {
    String channelId = "dialtone-" + callId;
    String from = callerId == null ? master.from() : callerId;
    CallLeg leg = new CallLeg(callId, channelId, from, destination.target(), master.telephony());
    legs.add(leg);
    CallRoute route = master.route();
    journal.created(
        new NewCall(
            callId,
            route == null ? null : route.flowId(),
            route == null ? null : route.flowVersion(),
            route != null && route.draft() ? CallRevision.DRAFT : CallRevision.PUBLISHED,
            CallDirection.OUTGOING,
            leg.from(),
            destination.target(),
            CallStatus.DIALING,
            master.callId(),
            null,
            Instant.now()));
    originate(
        leg,
        new Dial(
            channelId,
            destination,
            from,
            timeout,
            Map.of(CallLifecycle.CALL_ID_ARGUMENT, callId.toString())));
    return leg;
  }

  private void originate(CallLeg leg, Dial dial) {
    leg.telephony()
        .originate(dial)
        .whenComplete(
            (placed, error) -> {
              if (error != null) {
                LOG.warn(
                    "could not place call {} to {}: {}",
                    leg.callId(),
                    dial.destination().target(),
                    error.toString());
                channels.execute(
                    leg.channelId(),
                    () ->
                        progress(
                            leg.channelId(),
                            DialProgress.failed(HangupCause.FAILED),
                            Instant.now()));
              }
            });
  }

  void progress(String channelId, DialProgress progress, Instant at) {
    legs.byChannelId(channelId)
        .ifPresent(
            leg -> {
              switch (progress.state()) {
                case RINGING -> journal.status(leg.callId(), CallStatus.RINGING, at);
                case ANSWERED -> {
                  journal.status(leg.callId(), CallStatus.PROGRESSING, at);
                  // A chained leg (route null) runs no flow: its master's flow bridges it.
                  if (!leg.isGone() && leg.route() != null) {
                    instances.start(leg, CallDirection.OUTGOING);
                  }
                }
                case FAILED -> failed(leg, progress.failure(), at);
              }
            });
  }

  /** Busy and declined calls were ended by the far end; a dial timeout or failure by us. */
  private void failed(CallLeg leg, HangupCause failure, Instant at) {
    if (!leg.end()) {
      return;
    }
    legs.remove(leg);
    boolean farEnd = failure == HangupCause.BUSY || failure == HangupCause.NOANSWER;
    ending.hungUp(
        leg, HangupReason.valueOf(failure.name()), farEnd ? HangupBy.REMOTE : HangupBy.LOCAL, at);
  }
}
