package dev.dialtone.runtime.workers;

import dev.dialtone.flow.JobTypes;
import dev.dialtone.flow.ProcessVariables;
import dev.dialtone.flow.TaskHeaders;
import dev.dialtone.runtime.cache.BoundedCache;
import dev.dialtone.runtime.calls.CallJournal;
import dev.dialtone.runtime.engine.ZeebeProperties;
import dev.dialtone.runtime.legs.CallLeg;
import dev.dialtone.runtime.legs.CallLegRegistry;
import dev.dialtone.runtime.metrics.RuntimeMetrics;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.client.api.worker.JobWorkerBuilderStep1.JobWorkerBuilderStep3;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opens one streaming job worker per {@link NodeWorker} and hands each job, with its leg and
 * options, to that worker. Each job type carries this runtime instance's name (see {@link
 * JobTypes#routed}), so only jobs of calls this instance holds arrive here; one for a leg it no
 * longer has (the caller is long gone, or this instance restarted) cancels its instance: there is
 * nobody left to serve.
 */
public class JobDispatcher implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(JobDispatcher.class);
  private static final TypeReference<Map<String, Object>> OPTIONS = new TypeReference<>() {};

  private final CamundaClient client;
  private final List<NodeWorker> workers;
  private final CallLegRegistry legs;
  private final ZeebeProperties properties;
  private final String runtimeInstance;
  private final JsonMapper json = JsonMapper.builder().build();
  private final List<JobWorker> open = new ArrayList<>();
  private final NodeJob.Services services;
  // A task's headers never change within a deployed definition: parsed once per task.
  private final BoundedCache<TaskKey, NodeOptions> options = new BoundedCache<>(10_000);

  private record TaskKey(long processDefinitionKey, String elementId) {}

  public JobDispatcher(
      CamundaClient client,
      List<NodeWorker> workers,
      CallLegRegistry legs,
      CallJournal journal,
      RuntimeMetrics metrics,
      ZeebeProperties properties,
      String runtimeInstance,
      Consumer<CallLeg> giveUp,
      Consumer<CallLeg> channelGone) {
    this.runtimeInstance = runtimeInstance;
    this.services = new NodeJob.Services(client, journal, metrics, giveUp, channelGone);
    this.client = client;
    this.workers = workers;
    this.legs = legs;
    this.properties = properties;
  }

  @Override
  public synchronized void start() {
    for (NodeWorker worker : workers) {
      String jobType = JobTypes.forRuntime(worker.jobType(), runtimeInstance);
      JobWorkerBuilderStep3 builder =
          client
              .newWorker()
              .jobType(jobType)
              .handler((jobClient, job) -> dispatch(worker, job))
              .timeout(properties.jobTimeout())
              .streamEnabled(true)
              .name("dialtone-" + jobType);
      if (!worker.readsFlowVariables()) {
        builder = builder.fetchVariables(ProcessVariables.CALL_ID);
      }
      open.add(builder.open());
    }
    LOG.info(
        "job workers of runtime instance {} open for {}",
        runtimeInstance,
        workers.stream().map(NodeWorker::jobType).toList());
  }

  @Override
  public synchronized void stop() {
    open.forEach(JobWorker::close);
    open.clear();
  }

  @Override
  public synchronized boolean isRunning() {
    return !open.isEmpty();
  }

  private void dispatch(NodeWorker worker, ActivatedJob job) {
    Optional<CallLeg> leg = legOf(job);
    if (leg.isEmpty() || leg.get().isGone()) {
      client.newCancelInstanceCommand(job.getProcessInstanceKey()).send();
      return;
    }
    CallLeg callLeg = leg.get();
    Map<String, String> headers = job.getCustomHeaders();
    String nodeId = headers.getOrDefault(TaskHeaders.NODE_ID, job.getElementId());
    String nodeType =
        headers.getOrDefault(
            TaskHeaders.NODE_TYPE, callLeg.route().shape().typeOf(nodeId, worker.jobType()));
    NodeJob nodeJob =
        new NodeJob(
            job,
            callLeg,
            nodeId,
            nodeType,
            options(job, nodeId, headers),
            worker.isCallerAction(),
            worker.readsFlowVariables(),
            services);
    try {
      worker.handle(nodeJob);
    } catch (RuntimeException e) {
      nodeJob.fail(e);
    }
  }

  private Optional<CallLeg> legOf(ActivatedJob job) {
    Object callId = job.getVariablesAsMap().get(ProcessVariables.CALL_ID);
    try {
      return callId == null ? Optional.empty() : legs.byCallId(UUID.fromString(callId.toString()));
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }

  private NodeOptions options(ActivatedJob job, String nodeId, Map<String, String> headers) {
    return options.computeIfAbsent(
        new TaskKey(job.getProcessDefinitionKey(), job.getElementId()),
        key -> {
          String raw = headers.get(TaskHeaders.OPTIONS);
          Map<String, Object> values =
              raw == null || raw.isBlank() ? Map.of() : json.readValue(raw, OPTIONS);
          return new NodeOptions(nodeId, Collections.unmodifiableMap(values));
        });
  }
}
