package dev.dialtone.runtime.workers;

import dev.dialtone.runtime.calls.CallEventType;
import dev.dialtone.runtime.calls.CallJournal;
import dev.dialtone.runtime.legs.CallLeg;
import dev.dialtone.telephony.ChannelGoneException;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One activated job for one node on one leg: its options, and the ways to finish it. */
public final class NodeJob {

  private static final Logger LOG = LoggerFactory.getLogger(NodeJob.class);

  private final ActivatedJob job;
  private final CallLeg leg;
  private final String nodeId;
  private final String nodeType;
  private final NodeOptions options;
  private final int stepSeq;
  private final CamundaClient client;
  private final CallJournal journal;
  private final Consumer<CallLeg> onGiveUp;

  NodeJob(
      ActivatedJob job,
      CallLeg leg,
      String nodeId,
      String nodeType,
      NodeOptions options,
      CamundaClient client,
      CallJournal journal,
      Consumer<CallLeg> onGiveUp) {
    this.onGiveUp = onGiveUp;
    this.job = job;
    this.leg = leg;
    this.nodeId = nodeId;
    this.nodeType = nodeType;
    this.options = options;
    this.client = client;
    this.journal = journal;
    this.stepSeq = leg.nextStepSeq();
    journal.stepStarted(leg.callId(), stepSeq, nodeId, nodeType, Instant.now());
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

  public Map<String, Object> variables() {
    return job.getVariablesAsMap();
  }

  /** Records what the caller heard or did, for the transcript. */
  public void transcript(CallEventType type, String content) {
    journal.event(leg.callId(), leg.nextEventSeq(), Instant.now(), type, nodeId, content);
  }

  public void complete(String outcome) {
    complete(outcome, Map.of());
  }

  public void complete(String outcome, Map<String, Object> variables) {
    journal.stepEnded(leg.callId(), stepSeq, Instant.now(), outcome);
    client
        .newCompleteCommand(job.getKey())
        .variables(variables)
        .send()
        .whenComplete(
            (ok, error) -> {
              if (error != null && !leg.isGone()) {
                LOG.warn("could not complete job {} of node {}: {}", job.getKey(), nodeId, error.toString());
              }
            });
  }

  /**
   * Finishes the job after its action ended: completes it, or — when the caller hung up meanwhile
   * — leaves it to the hang-up message, which cancels it with the rest of the instance.
   */
  public void finish(Throwable error, String outcome, Map<String, Object> variables) {
    Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    if (cause == null) {
      complete(outcome, variables);
    } else if (cause instanceof ChannelGoneException) {
      journal.stepEnded(leg.callId(), stepSeq, Instant.now(), "caller_hung_up");
    } else {
      fail(cause);
    }
  }

  /**
   * A technical failure: Zeebe retries the job, then raises an incident — and then the caller,
   * who would otherwise wait in silence, is hung up.
   */
  public void fail(Throwable error) {
    int retries = Math.max(0, job.getRetries() - 1);
    journal.stepEnded(leg.callId(), stepSeq, Instant.now(), retries > 0 ? "retrying" : "failed");
    LOG.error("node {} of call {} failed ({} retries left)", nodeId, leg.callId(), retries, error);
    client
        .newFailCommand(job.getKey())
        .retries(retries)
        .errorMessage(String.valueOf(error.getMessage()))
        .send();
    if (retries == 0) {
      onGiveUp.accept(leg);
    }
  }
}
