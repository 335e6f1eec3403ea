package io.camunda.zeebe.process.test.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.client.impl.CamundaClientBuilderImpl;
import io.camunda.client.impl.CamundaClientImpl;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.grpc.inprocess.InProcessChannelBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Drives an in-process engine the way a call does: one instance per call with the call's variables,
 * a job completed by a streaming worker, and a message subscription for the caller's hang-up that
 * the instance leaves when it ends.
 */
final class EngineDriver implements AutoCloseable {

  private static final BpmnModelInstance CALL =
      Bpmn.createExecutableProcess("assembly-call")
          .startEvent()
          .serviceTask("talk", task -> task.zeebeJobType("assembly.talk"))
          .boundaryEvent(
              "hangup",
              event ->
                  event.message(m -> m.name("call_hangup").zeebeCorrelationKeyExpression("callId")))
          .endEvent("hung-up")
          .moveToActivity("talk")
          .endEvent("done")
          .done();

  private final CamundaClient client;
  private final JobWorker worker;

  EngineDriver(String gatewayName) {
    CamundaClientBuilderImpl builder =
        (CamundaClientBuilderImpl)
            CamundaClient.newClientBuilder()
                .preferRestOverGrpc(false)
                .defaultJobWorkerStreamEnabled(true);
    client =
        new CamundaClientImpl(
            builder, InProcessChannelBuilder.forName(gatewayName).directExecutor().build());
    client
        .newDeployResourceCommand()
        .addProcessModel(CALL, "assembly-call.bpmn")
        .send()
        .join(30, TimeUnit.SECONDS);
    worker =
        client
            .newWorker()
            .jobType("assembly.talk")
            .handler((jobs, job) -> jobs.newCompleteCommand(job).variable("heard", "hello").send())
            .maxJobsActive(64)
            .open();
  }

  /** Runs {@code calls} instances to their end, {@code concurrent} at a time. */
  void runCalls(int firstCall, int calls, int concurrent) {
    for (int start = firstCall; start < firstCall + calls; start += concurrent) {
      List<CompletableFuture<?>> batch = new ArrayList<>();
      for (int call = start; call < Math.min(start + concurrent, firstCall + calls); call++) {
        batch.add(
            client
                .newCreateInstanceCommand()
                .bpmnProcessId("assembly-call")
                .latestVersion()
                .variables(Map.of("callId", "call-" + call, "digits", "1234"))
                .withResult()
                .requestTimeout(Duration.ofMinutes(2))
                .send()
                .toCompletableFuture());
      }
      CompletableFuture.allOf(batch.toArray(CompletableFuture[]::new))
          .orTimeout(5, TimeUnit.MINUTES)
          .join();
    }
  }

  @Override
  public void close() {
    worker.close();
    client.close();
  }
}
