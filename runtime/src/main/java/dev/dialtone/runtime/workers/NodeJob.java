package dev.dialtone.runtime.workers;

import dev.dialtone.flow.JobTypes;
import dev.dialtone.runtime.calls.CallEventType;
import dev.dialtone.runtime.calls.CallJournal;
import dev.dialtone.runtime.legs.CallLeg;
import dev.dialtone.runtime.metrics.RuntimeMetrics;
import dev.dialtone.telephony.ChannelGoneException;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.CompleteJobCommandStep1;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One activated job for one node on one leg: its options, and the ways to finish it.
 *
 * <p>Two clocks meet here. The Zeebe job may be completed before the caller has heard the node
 * (prompts queue on the leg, so the flow runs ahead of the audio); the trace step is what the
 * caller lived through: it starts when the action really starts ({@link #started}) and ends with
 * its outcome ({@link #stepFinished}). A node the caller never reached leaves no step.
 */
public final class NodeJob {

  private static final Logger LOG = LoggerFactory.getLogger(NodeJob.class);

  private final ActivatedJob job;
  private final CallLeg leg;
  private final String nodeId;
  private final String nodeType;
  private final NodeOptions options;
  private final boolean callerAction;
  private final boolean allVariables;
  private final Services services;
  private int stepSeq;

  /** What every job needs from the runtime, handed over once by the dispatcher. */
  record Services(
      CamundaClient client,
      CallJournal journal,
      RuntimeMetrics metrics,
      Consumer<CallLeg> onGiveUp,
      Consumer<CallLeg> onChannelGone) {}

  NodeJob(
      ActivatedJob job,
      CallLeg leg,
      String nodeId,
      String nodeType,
      NodeOptions options,
      boolean callerAction,
      boolean allVariables,
      Services services) {
    this.job = job;
    this.allVariables = allVariables;
    this.leg = leg;
    this.nodeId = nodeId;
    this.nodeType = nodeType;
    this.options = options;
    this.callerAction = callerAction;
    this.services = services;
  }

  public CallLeg leg() {
    return leg;
  }

  public String nodeId() {
    return nodeId;
  }

  public NodeOptions options() {
    return options;
  }

  /** The flow's variables, for a worker that {@link NodeWorker#readsFlowVariables reads them}. */
  public Map<String, Object> variables() {
    if (!allVariables) {
      throw new IllegalStateException(
          "the worker of node '" + nodeId + "' reads variables but does not say so");
    }
    return job.getVariablesAsMap();
  }

  /** The action begins now: opens the trace step and ends the silence before it. */
  public synchronized void started() {
    if (stepSeq != 0) {
      return;
    }
    stepSeq = leg.nextStepSeq();
    leg.enteredNode(nodeId);
    if (callerAction) {
      long setup = leg.takeSetupNanos();
      if (setup >= 0) {
        services.metrics().recordCallSetup(setup);
      }
      long silence = leg.takeSilenceNanos();
      if (silence >= 0) {
        services.metrics().recordDeadAir(silence);
      }
    }
    services.journal().stepStarted(leg.callId(), stepSeq, nodeId, nodeType, Instant.now());
  }

  /** Records what the caller heard or did, for the transcript. */
  public void transcript(CallEventType type, String content) {
    services
        .journal()
        .event(leg.callId(), leg.nextEventSeq(), Instant.now(), type, nodeId, content);
  }

  /** Lets the flow go on (the caller may still be hearing this node). */
  public void completeJob(Map<String, Object> variables) {
    CompleteJobCommandStep1 complete = services.client().newCompleteCommand(job.getKey());
    if (!variables.isEmpty()) {
      // most jobs set nothing: no empty document to serialize and the engine to merge
      complete = complete.variables(variables);
    }
    complete
        .send()
        .whenComplete(
            (ok, error) -> {
              if (error != null && !leg.isGone()) {
                LOG.warn(
                    "could not complete job {} of node {}: {}",
                    job.getKey(),
                    nodeId,
                    error.toString());
              }
            });
  }

  /**
   * Leaves the node by {@code port}, one its lowering catches as a BPMN error (an expected outcome
   * such as {@code no_answer}, see {@code ActionTasks.withOutcomes}): the job ends, the trace step
   * ends with the port's name.
   */
  public void leaveBy(String port, Map<String, Object> variables) {
    started();
    stepFinished(null, port);
    services
        .client()
        .newThrowErrorCommand(job.getKey())
        .errorCode(JobTypes.errorCode(port))
        .errorMessage("node " + nodeId + " left by " + port)
        .variables(variables)
        .send()
        .whenComplete(
            (ok, error) -> {
              if (error != null && !leg.isGone()) {
                LOG.warn("could not leave node {} by {}: {}", nodeId, port, error.toString());
              }
            });
  }

  /** Closes the trace step with what came of it; a node that never started leaves no step. */
  public synchronized void stepFinished(Throwable error, String outcome) {
    if (stepSeq == 0) {
      return;
    }
    Throwable cause = unwrap(error);
    String result =
        cause == null
            ? outcome
            : cause instanceof ChannelGoneException ? "caller_hung_up" : "failed";
    if (cause != null && !(cause instanceof ChannelGoneException)) {
      LOG.error("node {} of call {} failed", nodeId, leg.callId(), cause);
    }
    services.journal().stepEnded(leg.callId(), stepSeq, Instant.now(), result);
  }

  /** The usual end of a node that waits for its outcome before the flow goes on. */
  public void complete(String outcome, Map<String, Object> variables) {
    started();
    stepFinished(null, outcome);
    completeJob(variables);
  }

  /**
   * Finishes a waiting node once its action ended: completes it, or — when the caller hung up —
   * leaves the job to the hang-up message, which cancels it with the rest of the instance.
   */
  public void finish(Throwable error, String outcome, Map<String, Object> variables) {
    Throwable cause = unwrap(error);
    if (cause == null) {
      complete(outcome, variables);
    } else {
      fail(cause);
    }
  }

  /**
   * A technical failure: Zeebe retries the job, then raises an incident — and then the caller, who
   * would otherwise wait in silence, is hung up.
   */
  public void fail(Throwable error) {
    if (unwrap(error) instanceof ChannelGoneException) {
      channelGone(error);
      return;
    }
    int retries = Math.max(0, job.getRetries() - 1);
    stepFinished(error, "failed");
    LOG.error("node {} of call {} failed ({} retries left)", nodeId, leg.callId(), retries, error);
    services
        .client()
        .newFailCommand(job.getKey())
        .retries(retries)
        .errorMessage(String.valueOf(error.getMessage()))
        .send();
    if (retries == 0) {
      services.onGiveUp().accept(leg);
    }
  }

  /**
   * The channel went away under a command (the caller hung up, or the telephony no longer knows
   * it): that is the call's end, never a failure to retry. The leg ends as a hang-up by the far
   * end, whose message cancels the job with the rest of the instance — also when the telephony
   * never reports the hang-up itself.
   */
  private void channelGone(Throwable error) {
    stepFinished(error, "caller_hung_up");
    services.onChannelGone().accept(leg);
  }

  private static Throwable unwrap(Throwable error) {
    return error instanceof CompletionException && error.getCause() != null
        ? error.getCause()
        : error;
  }
}
