package dev.dialtone.runtime.calls;

import dev.dialtone.flow.ProcessVariables;
import dev.dialtone.runtime.legs.CallLeg;
import dev.dialtone.runtime.legs.CallRoute;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the process instance of an answered leg, waiting out the engine's backpressure. */
final class InstanceStarter {

  private static final Logger LOG = LoggerFactory.getLogger(InstanceStarter.class);
  private static final Duration CREATE_RETRY_FIRST_DELAY = Duration.ofMillis(50);
  private static final Duration CREATE_RETRY_MAX_DELAY = Duration.ofSeconds(1);
  private static final Duration CREATE_RETRY_LIMIT = Duration.ofSeconds(30);

  private final String runtimeInstance;
  private final CamundaClient client;
  private final CallJournal journal;
  private final Consumer<CallLeg> onFailure;

  /**
   * @param onFailure hears of a leg whose flow could not be started (it is to be hung up)
   */
  InstanceStarter(
      CamundaClient client,
      CallJournal journal,
      String runtimeInstance,
      Consumer<CallLeg> onFailure) {
    this.runtimeInstance = runtimeInstance;
    this.client = client;
    this.journal = journal;
    this.onFailure = onFailure;
  }

  /** Starts the leg's flow; the result completes once the instance exists or could not start. */
  CompletableFuture<Void> start(CallLeg leg, CallDirection direction) {
    CallRoute route = leg.route();
    Map<String, Object> variables =
        Map.of(
            ProcessVariables.CALL_ID, leg.callId().toString(),
            ProcessVariables.FROM, leg.from(),
            ProcessVariables.TO, leg.to(),
            ProcessVariables.DIRECTION, direction.name().toLowerCase(Locale.ROOT),
            ProcessVariables.FLOW_ID, route.flowId().toString(),
            ProcessVariables.FLOW_VERSION, route.draft() ? 0 : route.flowVersion(),
            ProcessVariables.RUNTIME, runtimeInstance);
    // The start step takes its place in the trace before any job of the instance can.
    int startStep = leg.nextStepSeq();
    journal.stepStarted(
        leg.callId(), startStep, route.shape().startNodeId(), "start", Instant.now());
    CompletableFuture<Void> settled = new CompletableFuture<>();
    createInstance(leg, variables, startStep, System.nanoTime(), CREATE_RETRY_FIRST_DELAY, settled);
    return settled;
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
      CallLeg leg,
      Map<String, Object> variables,
      int startStep,
      long firstSent,
      Duration delay,
      CompletableFuture<Void> settled) {
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
                settled.complete(null);
              } else if (isBackpressure(error)
                  && !leg.isGone()
                  && System.nanoTime() - firstSent < CREATE_RETRY_LIMIT.toNanos()) {
                LOG.debug(
                    "engine busy, starting the flow of call {} again in {}", leg.callId(), delay);
                CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS)
                    .execute(
                        () ->
                            createInstance(
                                leg,
                                variables,
                                startStep,
                                firstSent,
                                nextRetryDelay(delay),
                                settled));
              } else {
                LOG.error("could not start the flow of call {}", leg.callId(), error);
                journal.stepEnded(leg.callId(), startStep, Instant.now(), "failed");
                settled.complete(null);
                onFailure.accept(leg);
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
