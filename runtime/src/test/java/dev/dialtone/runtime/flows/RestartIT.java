package dev.dialtone.runtime.flows;

import static dev.dialtone.runtime.support.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.runtime.calls.CallQueries;
import dev.dialtone.runtime.calls.CallStatus;
import dev.dialtone.runtime.numbers.NumberService;
import dev.dialtone.runtime.routing.ProcessIds;
import dev.dialtone.runtime.simulator.SimulatorService;
import dev.dialtone.runtime.support.RuntimeTestApplication;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.value.deployment.Process;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A restarted runtime gets a fresh in-process engine: published flows are deployed again at once.
 */
class RestartIT {

  @TempDir Path data;

  @Test
  void publishedVersionsAreRedeployedAtStartupAndKeepAnsweringTheirNumbers() throws IOException {
    UUID flowId;
    try (ConfigurableApplicationContext first = start()) {
      FlowService flows = first.getBean(FlowService.class);
      flowId = flows.create(seedIvr(), "test").flow().id();
      flows.publish(flowId, "test");
      first.getBean(NumberService.class).create("+15550100", flowId);
    }

    try (ConfigurableApplicationContext second = start()) {
      assertThat(deployedProcessIds(second.getBean(ZeebeTestEngine.class)))
          .contains(ProcessIds.published(flowId));

      UUID call = second.getBean(SimulatorService.class).call("+15550199", "+15550100");
      CallQueries calls = second.getBean(CallQueries.class);
      await(
          "the restarted runtime to answer",
          Duration.ofSeconds(20),
          () -> calls.list(dev.dialtone.runtime.calls.CallFilter.newest().build()),
          list ->
              list.stream()
                  .anyMatch(c -> c.id().equals(call) && c.status() == CallStatus.PROGRESSING));
    }
  }

  private ConfigurableApplicationContext start() {
    return new SpringApplication(RuntimeTestApplication.class)
        .run(
            "--spring.datasource.url=jdbc:h2:file:" + data.resolve("db") + ";AUTO_SERVER=FALSE",
            "--spring.main.banner-mode=off",
            "--dialtone.simulator.chars-per-second=1000");
  }

  private static List<String> deployedProcessIds(ZeebeTestEngine engine) {
    List<String> ids = new ArrayList<>();
    for (Record<?> record : engine.getRecordStreamSource().getRecords()) {
      if (record.getValueType() == ValueType.PROCESS) {
        ids.add(((Process) record.getValue()).getBpmnProcessId());
      }
    }
    return ids;
  }

  private String seedIvr() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/flows/seed-ivr.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
