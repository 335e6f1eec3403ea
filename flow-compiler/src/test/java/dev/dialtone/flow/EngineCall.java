package dev.dialtone.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.flow.nodes.NodeCatalogue;
import dev.dialtone.flow.nodes.NodeType;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.IncidentRecordValue;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One call leg running on the in-memory engine, driven by hand the way the runtime's workers would:
 * activate the next job, note which node it is, complete it with the caller's input.
 */
final class EngineCall {

  /** The runtime instance these calls pretend to be held by: every job type carries it. */
  private static final String RUNTIME = "runtime-a";

  // Every action type the catalogue knows, as the runtime discovers its workers, plus the trace.
  private static final List<String> JOB_TYPES =
      Stream.concat(
              NodeCatalogue.standard().types().stream()
                  .filter(NodeType::isAction)
                  .map(type -> JobTypes.forNodeType(type.name())),
              Stream.of(JobTypes.TRACE))
          .toList();

  private final ZeebeTestEngine engine;
  private final ZeebeClient client;
  private final long instanceKey;
  final String callId;

  /** "job type:node id" of every job completed so far, in order. */
  final List<String> path = new ArrayList<>();

  EngineCall(
      ZeebeTestEngine engine,
      ZeebeClient client,
      String processId,
      String callId,
      Map<String, Object> variables) {
    this.engine = engine;
    this.client = client;
    this.callId = callId;
    Map<String, Object> all = new java.util.HashMap<>(variables);
    all.put(ProcessVariables.CALL_ID, callId);
    all.put(ProcessVariables.RUNTIME, RUNTIME);
    all.putIfAbsent(ProcessVariables.FROM, "+4930123456");
    all.putIfAbsent(ProcessVariables.TO, "+4930999999");
    all.putIfAbsent(ProcessVariables.DIRECTION, "inbound");
    this.instanceKey =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId(processId)
            .latestVersion()
            .variables(all)
            .send()
            .join()
            .getProcessInstanceKey();
  }

  /** The next job of this call, or null when there is none. */
  ActivatedJob nextJob() {
    idle();
    for (String type : JOB_TYPES) {
      List<ActivatedJob> jobs =
          client
              .newActivateJobsCommand()
              .jobType(JobTypes.forRuntime(type, RUNTIME))
              .maxJobsToActivate(10)
              .timeout(Duration.ofMinutes(5))
              .requestTimeout(Duration.ofSeconds(1))
              .send()
              .join()
              .getJobs();
      assertThat(jobs)
          .allSatisfy(job -> assertThat(job.getProcessInstanceKey()).isEqualTo(instanceKey));
      assertThat(jobs).as("a call leg runs one node at a time").hasSizeLessThanOrEqualTo(1);
      if (!jobs.isEmpty()) {
        return jobs.get(0);
      }
    }
    return null;
  }

  /** Completes the next job, which must exist, with the given variables; returns its path entry. */
  String complete(Map<String, Object> variables) {
    ActivatedJob job = nextJob();
    assertThat(job).as("a pending job after " + path).isNotNull();
    return complete(job, variables);
  }

  /** Completes jobs without variables, as for a caller who stays silent, until none is left. */
  void completeAllSilently() {
    for (ActivatedJob job = nextJob(); job != null; job = nextJob()) {
      assertThat(path).as("runaway loop").hasSizeLessThan(100);
      complete(job, Map.of());
    }
  }

  private String complete(ActivatedJob job, Map<String, Object> variables) {
    assertThat(job.getType()).endsWith("@" + RUNTIME);
    String entry =
        job.getType().substring(0, job.getType().length() - RUNTIME.length() - 1)
            + ":"
            + nodeId(job);
    path.add(entry);
    client.newCompleteCommand(job.getKey()).variables(variables).send().join();
    return entry;
  }

  void hangUp() {
    client
        .newPublishMessageCommand()
        .messageName(Messages.CALL_HANGUP)
        .correlationKey(callId)
        .send()
        .join();
    idle();
  }

  boolean ended() {
    idle();
    return this.<ProcessInstanceRecordValue>records(ValueType.PROCESS_INSTANCE).stream()
        .anyMatch(
            r ->
                r.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED
                    && r.getValue().getBpmnElementType() == BpmnElementType.PROCESS
                    && r.getValue().getProcessInstanceKey() == instanceKey);
  }

  List<String> incidents() {
    return this.<IncidentRecordValue>records(ValueType.INCIDENT).stream()
        .filter(r -> r.getValue().getProcessInstanceKey() == instanceKey)
        .map(r -> r.getValue().getErrorType() + ": " + r.getValue().getErrorMessage())
        .toList();
  }

  long count(String entry) {
    return path.stream().filter(entry::equals).count();
  }

  // Service tasks say which node they run in a header; listener jobs belong to the element itself.
  private static String nodeId(ActivatedJob job) {
    String header = job.getCustomHeaders().get(TaskHeaders.NODE_ID);
    if (header != null) {
      assertThat(job.getElementId()).isEqualTo(header);
    }
    return header != null ? header : job.getElementId();
  }

  @SuppressWarnings("unchecked")
  private <T extends io.camunda.zeebe.protocol.record.RecordValue> List<Record<T>> records(
      ValueType type) {
    return StreamSupport.stream(engine.getRecordStreamSource().getRecords().spliterator(), false)
        .filter(r -> r.getValueType() == type)
        .map(r -> (Record<T>) r)
        .toList();
  }

  private void idle() {
    try {
      engine.waitForIdleState(Duration.ofSeconds(10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (TimeoutException e) {
      throw new IllegalStateException("engine did not settle", e);
    }
  }
}
