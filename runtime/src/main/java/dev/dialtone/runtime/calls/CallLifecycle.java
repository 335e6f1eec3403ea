package dev.dialtone.runtime.calls;

import dev.dialtone.flow.Messages;
import dev.dialtone.flow.ProcessVariables;
import dev.dialtone.runtime.legs.CallLeg;
import dev.dialtone.runtime.legs.CallLegRegistry;
import dev.dialtone.runtime.legs.CallRoute;
import dev.dialtone.runtime.routing.CallRejectedException;
import dev.dialtone.runtime.routing.CallRouter;
import dev.dialtone.telephony.CallControl;
import dev.dialtone.telephony.CallEventListener;
import dev.dialtone.telephony.DialProgress;
import dev.dialtone.telephony.HangupCause;
import dev.dialtone.telephony.IncomingCall;
import dev.dialtone.telephony.RecordedAudio;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a call from arrival to hang-up: routes it, answers it, starts its process instance, feeds
 * it the caller's keys, and ends it from either side. Status only moves forward: dialing → ringing
 * → progressing → terminating → hangup.
 */
public class CallLifecycle {

  /** Lets the party that placed a call (the simulator, a test call) choose its id up front. */
  public static final String CALL_ID_ARGUMENT = "dialtone.call_id";

  private static final Logger LOG = LoggerFactory.getLogger(CallLifecycle.class);
  private static final Duration HANGUP_MESSAGE_TTL = Duration.ofMinutes(1);
  private static final Duration CREATE_RETRY_FIRST_DELAY = Duration.ofMillis(50);
  private static final Duration CREATE_RETRY_MAX_DELAY = Duration.ofSeconds(1);
  private static final Duration CREATE_RETRY_LIMIT = Duration.ofSeconds(30);

  private final CallRouter router;
  private final CallLegRegistry legs;
  private final CallJournal journal;
  private final CamundaClient client;
  private final String runtimeInstance;

  public CallLifecycle(
      List<CallControl> telephonies,
      CallRouter router,
      CallLegRegistry legs,
      CallJournal journal,
      CamundaClient client,
      String runtimeInstance) {
    this.runtimeInstance = runtimeInstance;
    this.router = router;
    this.legs = legs;
    this.journal = journal;
    this.client = client;
    telephonies.forEach(telephony -> telephony.listen(new Listener(telephony)));
  }

  /** Hears one telephony system; legs remember which one they live on. */
  private final class Listener implements CallEventListener {

    private final CallControl telephony;

    Listener(CallControl telephony) {
      this.telephony = telephony;
    }

    @Override
    public void onIncoming(IncomingCall call) {
      arrived(call, telephony);
    }

    @Override
    public void onDtmf(String channelId, char digit) {
      keyPressed(channelId, digit);
    }

    @Override
    public void onRemoteHangup(String channelId, HangupCause cause) {
      legs.byChannelId(channelId).ifPresent(leg -> endedByCaller(leg, cause));
    }

    @Override
    public void onDialProgress(String channelId, DialProgress progress) {
      // Nothing places outbound calls yet (Call a phone and groupcall come with the ARI issue).
      LOG.debug("channel {}: {}", channelId, progress);
    }

    @Override
    public void onRecordingFinished(String channelId, RecordedAudio recording) {
      // The record node (with its own future) comes with the groupcall/record issue.
      LOG.debug("channel {}: recording {} finished", channelId, recording.name());
    }
  }

  private void arrived(IncomingCall call, CallControl telephony) {
    UUID callId = callIdOf(call);
    Instant now = Instant.now();
    CallRoute route;
    try {
      route = router.route(call);
    } catch (CallRejectedException e) {
      journal.created(newCall(callId, call, null, now));
      journal.status(callId, CallStatus.RINGING, now);
      journal.rejected(callId, e.getMessage(), now);
      telephony.hangup(call.channelId(), HangupCause.FAILED);
      return;
    }
    journal.created(newCall(callId, call, route, now));
    journal.status(callId, CallStatus.RINGING, now);
    CallLeg leg = new CallLeg(callId, call.channelId(), call.from(), call.to(), route, telephony);
    legs.add(leg);
    telephony
        .answer(call.channelId())
        .thenRun(
            () -> {
              journal.status(callId, CallStatus.PROGRESSING, Instant.now());
              startInstance(leg);
            })
        .exceptionally(
            error -> {
              LOG.info("call {} ended before it was answered: {}", callId, error.toString());
              return null;
            });
  }

  private void keyPressed(String channelId, char digit) {
    legs.byChannelId(channelId)
        .ifPresent(
            leg -> {
              leg.keyPressed(digit);
              journal.event(
                  leg.callId(),
                  leg.nextEventSeq(),
                  Instant.now(),
                  CallEventType.DIGITS,
                  leg.currentNodeId(),
                  String.valueOf(digit));
            });
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
        .whenComplete(
            (done, error) ->
                journal.hungUp(leg.callId(), reasonOf(cause), HangupBy.LOCAL, Instant.now()));
  }

  private void endedByCaller(CallLeg leg, HangupCause cause) {
    if (!leg.end()) {
      return;
    }
    legs.remove(leg);
    Instant now = Instant.now();
    journal.event(
        leg.callId(), leg.nextEventSeq(), now, CallEventType.HANGUP, leg.currentNodeId(), "caller");
    journal.hungUp(leg.callId(), reasonOf(cause), HangupBy.REMOTE, now);
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

  private static UUID callIdOf(IncomingCall call) {
    String chosen = call.argument(CALL_ID_ARGUMENT);
    return chosen == null ? UUID.randomUUID() : UUID.fromString(chosen);
  }

  private static NewCall newCall(UUID callId, IncomingCall call, CallRoute route, Instant at) {
    return new NewCall(
        callId,
        route == null ? null : route.flowId(),
        route == null ? null : route.flowVersion(),
        route != null && route.draft() ? CallRevision.DRAFT : CallRevision.PUBLISHED,
        CallDirection.INCOMING,
        call.from(),
        call.to(),
        CallStatus.DIALING,
        null,
        null,
        at);
  }

  private static HangupReason reasonOf(HangupCause cause) {
    return HangupReason.valueOf(cause.name());
  }

  private void startInstance(CallLeg leg) {
    CallRoute route = leg.route();
    Map<String, Object> variables =
        Map.of(
            ProcessVariables.CALL_ID, leg.callId().toString(),
            ProcessVariables.FROM, leg.from(),
            ProcessVariables.TO, leg.to(),
            ProcessVariables.DIRECTION, "incoming",
            ProcessVariables.FLOW_ID, route.flowId().toString(),
            ProcessVariables.FLOW_VERSION, route.draft() ? 0 : route.flowVersion(),
            ProcessVariables.RUNTIME, runtimeInstance);
    // The start step takes its place in the trace before any job of the instance can.
    int startStep = leg.nextStepSeq();
    journal.stepStarted(
        leg.callId(), startStep, route.shape().startNodeId(), "start", Instant.now());
    createInstance(leg, variables, startStep, System.nanoTime(), CREATE_RETRY_FIRST_DELAY);
  }

  /**
   * Sends the create-instance command; when the engine pushes back (RESOURCE_EXHAUSTED: the
   * partition has too many commands in flight) the caller waits a little and it is sent again,
   * rather than the call failing. The gRPC channel already retries a few times within about a
   * second; this keeps trying, with a growing pause, for as long as the caller stays on the line,
   * up to {@link #CREATE_RETRY_LIMIT}. Backpressure rejects a command before the engine writes it,
   * so sending it again cannot start a second instance.
   */
  private void createInstance(
      CallLeg leg, Map<String, Object> variables, int startStep, long firstSent, Duration delay) {
    client
        .newCreateInstanceCommand()
        .processDefinitionKey(leg.route().processDefinitionKey())
        .variables(variables)
        .send()
        .whenComplete(
            (instance, error) -> {
              if (error == null) {
                journal.instanceStarted(leg.callId(), instance.getProcessInstanceKey());
                journal.stepEnded(leg.callId(), startStep, Instant.now(), "started");
              } else if (isBackpressure(error)
                  && !leg.isGone()
                  && System.nanoTime() - firstSent < CREATE_RETRY_LIMIT.toNanos()) {
                LOG.debug(
                    "engine busy, starting the flow of call {} again in {}", leg.callId(), delay);
                CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS)
                    .execute(
                        () ->
                            createInstance(
                                leg, variables, startStep, firstSent, nextRetryDelay(delay)));
              } else {
                LOG.error("could not start the flow of call {}", leg.callId(), error);
                journal.stepEnded(leg.callId(), startStep, Instant.now(), "failed");
                hangupLocally(leg, HangupCause.FAILED);
              }
            });
  }

  /** Whether the engine refused a command because it is overloaded (it was not written). */
  static boolean isBackpressure(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      Status status =
          switch (cause) {
            case ClientStatusException e -> e.getStatus();
            case StatusRuntimeException e -> e.getStatus();
            case StatusException e -> e.getStatus();
            default -> null;
          };
      if (status != null) {
        return status.getCode() == Status.Code.RESOURCE_EXHAUSTED;
      }
    }
    return false;
  }

  static Duration nextRetryDelay(Duration delay) {
    Duration doubled = delay.multipliedBy(2);
    return doubled.compareTo(CREATE_RETRY_MAX_DELAY) > 0 ? CREATE_RETRY_MAX_DELAY : doubled;
  }
}
