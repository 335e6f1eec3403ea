package dev.dialtone.runtime.calls;

import dev.dialtone.flow.Messages;
import dev.dialtone.runtime.legs.CallLeg;
import dev.dialtone.runtime.legs.CallLegRegistry;
import dev.dialtone.runtime.legs.CallRoute;
import dev.dialtone.runtime.metrics.RuntimeMetrics;
import dev.dialtone.runtime.routing.CallRejectedException;
import dev.dialtone.runtime.routing.CallRouter;
import dev.dialtone.telephony.CallControl;
import dev.dialtone.telephony.ChannelGoneException;
import dev.dialtone.telephony.Destination;
import dev.dialtone.telephony.DialProgress;
import dev.dialtone.telephony.HangupCause;
import dev.dialtone.telephony.IncomingCall;
import dev.dialtone.telephony.Speech;
import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a call from arrival (or dialling out) to hang-up: routes it, answers it — or apologises and
 * hangs up when it cannot be served — starts its process instance, feeds it the caller's keys, and
 * ends it from either side. Status only moves forward: dialing → ringing → progressing →
 * terminating → hangup. Everything here that reacts to a telephony event runs on the call's queue
 * in the {@link ChannelExecutor}, never on the thread that delivered the event.
 */
public class CallLifecycle {

  /** Lets the party that placed a call (the simulator, a test call) choose its id up front. */
  public static final String CALL_ID_ARGUMENT = "dialtone.call_id";

  private static final Logger LOG = LoggerFactory.getLogger(CallLifecycle.class);
  private static final Duration GONE_REPORT_GRACE = Duration.ofMillis(250);
  private static final Duration HANGUP_MESSAGE_TTL = Duration.ofMinutes(1);
  private static final int REASON_LENGTH = 255;

  private final CallRouter router;
  private final CallLegRegistry legs;
  private final CallJournal journal;
  private final CamundaClient client;
  private final ChannelExecutor channels;
  private final RuntimeMetrics metrics;
  private final CallProperties properties;
  private final InstanceStarter instances;
  private final SetupGate setups;
  private final OutboundLegs outbound;
  private volatile LegWatch watch = LegWatch.NONE;

  public CallLifecycle(
      List<CallControl> telephonies,
      CallRouter router,
      CallLegRegistry legs,
      CallJournal journal,
      CamundaClient client,
      ChannelExecutor channels,
      RuntimeMetrics metrics,
      CallProperties properties,
      String runtimeInstance) {
    this.router = router;
    this.legs = legs;
    this.journal = journal;
    this.client = client;
    this.channels = channels;
    this.metrics = metrics;
    this.properties = properties;
    this.instances =
        new InstanceStarter(
            client, journal, runtimeInstance, leg -> hangupLocally(leg, HangupCause.FAILED));
    this.setups = new SetupGate(properties.maxConcurrentSetups());
    this.outbound = new OutboundLegs(legs, journal, channels, properties, instances, this::hungUp);
    telephonies.forEach(
        telephony -> telephony.listen(new TelephonyEvents(telephony, this, legs, channels)));
  }

  void arrived(CallLeg leg, IncomingCall call, String badArgument, Instant at) {
    CallRoute route;
    try {
      if (badArgument != null) {
        throw new CallRejectedException(badArgument);
      }
      route = router.route(call);
    } catch (CallRejectedException e) {
      reject(leg, call, e.getMessage(), at);
      return;
    } catch (RuntimeException e) {
      LOG.error("could not route call {} to {}", leg.callId(), call.to(), e);
      reject(leg, call, "could not be routed: " + e.getMessage(), at);
      return;
    }
    leg.routed(route);
    journal.created(newCall(leg, route, CallDirection.INCOMING, null, at));
    journal.status(leg.callId(), CallStatus.RINGING, at);
    setups.admit(
        () ->
            leg.isGone()
                ? CompletableFuture.completedFuture(null)
                : answerThen(
                    leg,
                    () -> {
                      journal.status(leg.callId(), CallStatus.PROGRESSING, Instant.now());
                      return instances.start(leg, CallDirection.INCOMING);
                    }));
  }

  /**
   * A call that cannot be served is answered, hears a short apology and is hung up; its record says
   * why (reject_reason) and ends as failed.
   */
  private void reject(CallLeg leg, IncomingCall call, String reason, Instant at) {
    String why = reason.length() > REASON_LENGTH ? reason.substring(0, REASON_LENGTH) : reason;
    LOG.info("call {} to {} rejected: {}", leg.callId(), call.to(), why);
    journal.created(newCall(leg, null, CallDirection.INCOMING, why, at));
    journal.status(leg.callId(), CallStatus.RINGING, at);
    answerThen(
        leg,
        () -> {
          journal.status(leg.callId(), CallStatus.PROGRESSING, Instant.now());
          apologise(leg);
          return CompletableFuture.completedFuture(null);
        });
  }

  private void apologise(CallLeg leg) {
    Speech apology =
        new Speech(properties.apology(), properties.apologyLanguage(), properties.apologyVoice());
    leg.queueMedia(
        () ->
            journal.event(
                leg.callId(),
                leg.nextEventSeq(),
                Instant.now(),
                CallEventType.TALK,
                null,
                apology.text()),
        () -> leg.telephony().speak(leg.channelId(), apology),
        (error, cutShort) -> {});
    // A caller who hangs up during the apology ended the call themselves.
    leg.mediaIdle()
        .whenComplete(
            (heard, error) ->
                channels.execute(
                    leg.channelId(),
                    () -> {
                      if (error != null && isChannelGone(error)) {
                        endedRemotely(leg, HangupCause.NORMAL, Instant.now());
                      } else {
                        hangupLocally(leg, HangupCause.FAILED);
                      }
                    }));
  }

  /**
   * Answers the leg; what follows runs on the call's queue once the telephony has answered. The
   * result completes when what followed has (or at once when the leg could not be answered).
   */
  private CompletableFuture<Void> answerThen(
      CallLeg leg, Supplier<? extends CompletionStage<?>> next) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    leg.telephony()
        .answer(leg.channelId())
        .whenComplete(
            (answered, error) ->
                channels.execute(
                    leg.channelId(),
                    () -> {
                      if (error == null && !leg.isGone()) {
                        try {
                          next.get().whenComplete((ignored, failed) -> done.complete(null));
                        } catch (RuntimeException e) {
                          done.complete(null); // a setup slot must never be held for good
                          throw e;
                        }
                        return;
                      }
                      done.complete(null);
                      if (error == null) {
                        return; // hung up while the answer was on its way
                      }
                      if (isChannelGone(error)) {
                        endedRemotely(leg, HangupCause.NORMAL, Instant.now());
                      } else {
                        LOG.warn("could not answer call {}: {}", leg.callId(), error.toString());
                        hangupLocally(leg, HangupCause.FAILED);
                      }
                    }));
    return done;
  }

  void keyPressed(String channelId, char digit, Instant at) {
    legs.byChannelId(channelId)
        .ifPresent(
            leg -> {
              // Where the caller was when they pressed it, and before what it causes: barge-in
              // moves the leg on at once.
              String nodeId = leg.currentNodeId();
              int seq = leg.nextEventSeq();
              leg.keyPressed(digit);
              journal.event(
                  leg.callId(), seq, at, CallEventType.DIGITS, nodeId, String.valueOf(digit));
            });
  }

  void remoteHangup(String channelId, HangupCause cause, Instant at) {
    legs.byChannelId(channelId).ifPresent(leg -> endedRemotely(leg, cause, at));
  }

  /**
   * Places an outbound call that runs {@code route} once the far end answers. The record starts as
   * dialing; ringing, answer or failure follow from the telephony's dial progress.
   */
  public void dial(UUID callId, String number, CallRoute route, CallControl telephony) {
    outbound.dial(callId, number, route, telephony);
  }

  void dialProgress(String channelId, DialProgress progress, Instant at) {
    outbound.progress(channelId, progress, at);
    if (progress.state() == DialProgress.State.ANSWERED) {
      legs.byChannelId(channelId).ifPresent(leg -> watch.answered(leg, at));
    }
  }

  /** Sets the one watcher of answers and endings (the dialing engine). */
  public void watch(LegWatch watch) {
    this.watch = watch;
  }

  /**
   * Places a leg chained to {@code master} that runs no flow of its own (a groupcall destination):
   * its record starts as dialing with {@code master_call_id}; answers and endings reach the {@link
   * LegWatch}.
   */
  public CallLeg dialChained(
      CallLeg master, UUID callId, Destination destination, Duration timeout) {
    return dialChained(master, callId, destination, null, timeout);
  }

  /** The same, showing {@code callerId} to the called party (null: the caller's number). */
  public CallLeg dialChained(
      CallLeg master, UUID callId, Destination destination, String callerId, Duration timeout) {
    return outbound.dialChained(master, callId, destination, callerId, timeout);
  }

  /**
   * The caller's leg now talks with {@code leg}: a line in the caller's transcript, so the Simulate
   * panel and the call page can tell the bridged leg from one that merely answered.
   */
  public void bridged(CallLeg master, CallLeg leg) {
    journal.event(
        master.callId(),
        master.nextEventSeq(),
        Instant.now(),
        CallEventType.BRIDGED,
        master.currentNodeId(),
        leg.callId().toString());
  }

  /**
   * Ends a leg that has not been answered from our side: canceling, then hang-up with reason cancel
   * by local.
   */
  public CompletableFuture<Void> cancel(CallLeg leg) {
    if (!leg.end()) {
      return CompletableFuture.completedFuture(null);
    }
    legs.remove(leg);
    journal.status(leg.callId(), CallStatus.CANCELING, Instant.now());
    return leg.telephony()
        .hangup(leg.channelId(), HangupCause.CANCEL)
        .whenComplete(
            (done, error) -> hungUp(leg, HangupReason.CANCEL, HangupBy.LOCAL, Instant.now()));
  }

  /** Hangs up from our side; completes when the telephony has let go of the channel. */
  public CompletableFuture<Void> hangupLocally(CallLeg leg, HangupCause cause) {
    if (!leg.end()) {
      return CompletableFuture.completedFuture(null);
    }
    legs.remove(leg);
    journal.status(leg.callId(), CallStatus.TERMINATING, Instant.now());
    return leg.telephony()
        .hangup(leg.channelId(), cause)
        .whenComplete((done, error) -> hungUp(leg, reasonOf(cause), HangupBy.LOCAL, Instant.now()));
  }

  /**
   * The channel went away under a command without our hearing of a hang-up (e.g. the telephony
   * answered 404): the call ended from the far end, as if it had hung up.
   */
  public void channelGone(CallLeg leg) {
    Instant at = Instant.now();
    // A telephony that lost the channel usually says why (e.g. its events connection dropped:
    // FAILED) right after the command failed; give that report a moment to arrive and win.
    CompletableFuture.delayedExecutor(GONE_REPORT_GRACE.toMillis(), TimeUnit.MILLISECONDS)
        .execute(
            () ->
                channels.execute(
                    leg.channelId(), () -> endedRemotely(leg, HangupCause.NORMAL, at)));
  }

  private void endedRemotely(CallLeg leg, HangupCause cause, Instant at) {
    if (!leg.end()) {
      return;
    }
    legs.remove(leg);
    journal.event(
        leg.callId(), leg.nextEventSeq(), at, CallEventType.HANGUP, leg.currentNodeId(), "caller");
    hungUp(leg, reasonOf(cause), HangupBy.REMOTE, at);
    if (leg.route() == null) {
      return; // a rejected call has no instance to end
    }
    // Buffered with a time to live, so a hang-up that beats the instance's start still ends it.
    client
        .newPublishMessageCommand()
        .messageName(Messages.CALL_HANGUP)
        .correlationKey(leg.callId().toString())
        .timeToLive(HANGUP_MESSAGE_TTL)
        .send()
        .whenComplete(
            (ok, error) -> {
              if (error != null) {
                LOG.error("could not end the instance of call {}", leg.callId(), error);
              }
            });
  }

  private void hungUp(CallLeg leg, HangupReason reason, HangupBy by, Instant at) {
    journal.hungUp(leg.callId(), reason, by, at);
    metrics.callEnded(reason);
    watch.ended(leg, reason, by);
  }

  private static NewCall newCall(
      CallLeg leg, CallRoute route, CallDirection direction, String rejectReason, Instant at) {
    return new NewCall(
        leg.callId(),
        route == null ? null : route.flowId(),
        route == null ? null : route.flowVersion(),
        route != null && route.draft() ? CallRevision.DRAFT : CallRevision.PUBLISHED,
        direction,
        leg.from(),
        leg.to(),
        CallStatus.DIALING,
        null,
        rejectReason,
        at);
  }

  private static boolean isChannelGone(Throwable error) {
    Throwable cause =
        error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    return cause instanceof ChannelGoneException;
  }

  private static HangupReason reasonOf(HangupCause cause) {
    return HangupReason.valueOf(cause.name());
  }
}
