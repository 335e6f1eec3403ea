package dev.dialtone.runtime.cluster;

import static dev.dialtone.runtime.support.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.runtime.calls.CallEvent;
import dev.dialtone.runtime.calls.CallQueries;
import dev.dialtone.runtime.calls.CallRecord;
import dev.dialtone.runtime.calls.CallRepository;
import dev.dialtone.runtime.calls.CallStatus;
import dev.dialtone.runtime.calls.HangupBy;
import dev.dialtone.runtime.calls.HangupReason;
import dev.dialtone.runtime.db.TestDatabase;
import dev.dialtone.runtime.engine.ExternalEngineProcess;
import dev.dialtone.runtime.flows.FlowService;
import dev.dialtone.runtime.flows.FlowVersionRepository;
import dev.dialtone.runtime.numbers.NumberService;
import dev.dialtone.runtime.routing.ProcessIds;
import dev.dialtone.runtime.simulator.SimulatorService;
import dev.dialtone.runtime.support.RuntimeTestApplication;
import io.camunda.client.CamundaClient;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two runtime instances on one external engine (a Zeebe engine in its own JVM, reached over gRPC on
 * loopback) and one PostgreSQL: each call's jobs reach the instance that holds it, an instance that
 * stops ends only its own calls, and restarts deploy nothing twice.
 */
class ScaleOutIT {

  private static final String NUMBER = "+15550100";
  // 200 calls in all, as the scale-out issue asks; -Dscaleout.calls changes it per runtime.
  private static final int CALLS_PER_RUNTIME = Integer.getInteger("scaleout.calls", 100);

  private static ExternalEngineProcess engine;

  @BeforeAll
  static void startEngine() throws IOException {
    engine = new ExternalEngineProcess();
  }

  @AfterAll
  static void stopEngine() throws Exception {
    engine.close();
  }

  @BeforeEach
  void emptyDatabase() {
    TestDatabase.POSTGRES.reset();
  }

  @Test
  void everyCallHearsItsOwnFlowOnTheRuntimeThatHoldsIt() {
    try (ConfigurableApplicationContext a = runtime("runtime-a", 2000);
        ConfigurableApplicationContext b = runtime("runtime-b", 2000)) {
      publishSeedIvr(a);
      List<UUID> onA = place(a, CALLS_PER_RUNTIME);
      List<UUID> onB = place(b, CALLS_PER_RUNTIME);

      CallQueries calls = a.getBean(CallQueries.class);
      List<UUID> all = new ArrayList<>(onA);
      all.addAll(onB);
      awaitAll(a, "every call to end", all, r -> r.status() == CallStatus.HANGUP);
      List<String> expected = transcriptOf(calls, onA.getFirst());
      assertThat(expected).as("a silent caller hears the menu, then goodbye").hasSizeGreaterThan(3);
      for (UUID call : all) {
        CallRecord record = calls.get(call);
        assertThat(record.hangupReason()).as("call %s", call).isEqualTo(HangupReason.NORMAL);
        assertThat(transcriptOf(calls, call)).as("transcript of %s", call).isEqualTo(expected);
      }
    }
  }

  @Test
  void aStoppedRuntimeEndsItsOwnCallsAndTheOtherCarriesOn() {
    try (ConfigurableApplicationContext a = runtime("runtime-a", 15)) {
      List<UUID> onB;
      publishSeedIvr(a);
      List<UUID> onA = place(a, 5);
      CallQueries calls = a.getBean(CallQueries.class);
      try (ConfigurableApplicationContext b = runtime("runtime-b", 15)) {
        onB = place(b, 5);
        awaitAll(
            a, "b's calls to be in their flow", onB, r -> r.status() == CallStatus.PROGRESSING);
      }
      for (UUID call : onB) {
        CallRecord record = calls.get(call);
        assertThat(record.status()).isEqualTo(CallStatus.HANGUP);
        assertThat(record.hangupReason()).isEqualTo(HangupReason.FAILED);
        assertThat(record.hangupBy()).isEqualTo(HangupBy.LOCAL);
      }
      assertThat(onA.stream().map(calls::get).map(CallRecord::status))
          .as("a's calls are untouched while b stops")
          .containsOnly(CallStatus.PROGRESSING);
      awaitAll(
          a,
          "a's calls to finish their flow",
          onA,
          r -> r.status() == CallStatus.HANGUP && r.hangupReason() == HangupReason.NORMAL);
    }
  }

  @Test
  void restartsAddNoProcessVersion() {
    UUID flowId;
    String latestBpmn;
    try (ConfigurableApplicationContext a = runtime("runtime-a", 2000)) {
      flowId = publishSeedIvr(a);
      FlowService flows = a.getBean(FlowService.class);
      var draft = flows.get(flowId).flow();
      flows.update(
          flowId, draft.revision(), draft.documentJson().replace("Welcome", "Hello"), "test");
      flows.publish(flowId, "test");
      latestBpmn =
          a.getBean(FlowVersionRepository.class).listPublished().stream()
              .filter(v -> v.flowId().equals(flowId) && v.version() == 2)
              .findFirst()
              .orElseThrow()
              .bpmnXml();
    }
    for (int i = 0; i < 5; i++) {
      runtime("runtime-a", 2000).close();
      runtime("runtime-b", 2000).close();
    }
    // Had a restart deployed version 1 again, it would now be the engine's newest version, and
    // deploying version 2's model once more would make a new version instead of finding it.
    try (CamundaClient client =
        CamundaClient.newClientBuilder()
            .grpcAddress(URI.create(engine.gatewayAddress()))
            .preferRestOverGrpc(false)
            .build()) {
      var process =
          client
              .newDeployResourceCommand()
              .addResourceStringUtf8(latestBpmn, ProcessIds.published(flowId) + ".bpmn")
              .send()
              .join()
              .getProcesses()
              .getFirst();
      assertThat(process.getVersion()).isEqualTo(2);
    }
  }

  /** Waits until every call's record exists and satisfies {@code done}. */
  private static void awaitAll(
      ConfigurableApplicationContext runtime,
      String what,
      List<UUID> ids,
      java.util.function.Predicate<CallRecord> done) {
    CallRepository records = runtime.getBean(CallRepository.class);
    await(
        what,
        Duration.ofSeconds(120),
        () -> ids.stream().map(id -> records.find(id).orElse(null)).toList(),
        found -> found.stream().allMatch(r -> r != null && done.test(r)));
  }

  private ConfigurableApplicationContext runtime(String id, int charsPerSecond) {
    return new SpringApplication(RuntimeTestApplication.class)
        .run(
            "--spring.datasource.url=" + TestDatabase.POSTGRES.jdbcUrl(),
            "--spring.datasource.username=" + TestDatabase.POSTGRES.user(),
            "--spring.main.banner-mode=off",
            "--dialtone.zeebe.mode=external",
            "--dialtone.zeebe.gateway-address=" + engine.gatewayAddress(),
            "--dialtone.runtime.instance-id=" + id,
            "--dialtone.simulator.chars-per-second=" + charsPerSecond);
  }

  private UUID publishSeedIvr(ConfigurableApplicationContext context) {
    FlowService flows = context.getBean(FlowService.class);
    UUID flowId = flows.create(seedIvr(), "test").flow().id();
    flows.publish(flowId, "test");
    context.getBean(NumberService.class).create(NUMBER, flowId);
    return flowId;
  }

  private static List<UUID> place(ConfigurableApplicationContext runtime, int count) {
    SimulatorService simulator = runtime.getBean(SimulatorService.class);
    List<UUID> placed = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      placed.add(simulator.call("+1555020" + String.format("%04d", i), NUMBER));
    }
    return placed;
  }

  private static List<String> transcriptOf(CallQueries calls, UUID call) {
    return calls.transcript(call).stream().map(CallEvent::nodeId).map(String::valueOf).toList();
  }

  private String seedIvr() {
    try (InputStream in = getClass().getResourceAsStream("/flows/seed-ivr.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
