package dev.dialtone.runtime.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.flow.FlowCompiler;
import dev.dialtone.runtime.scenarios.ScenarioResult.Difference;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Scenarios of the seed IVR on the offline runtime: engine, workers, simulated telephony, no DB.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfflineScenariosIT {

  private OfflineRuntime runtime;

  @BeforeAll
  void start() {
    runtime = new OfflineRuntime();
  }

  @AfterAll
  void stop() {
    runtime.close();
  }

  @Test
  void theSeedIvrPassesItsScenarios() throws IOException {
    FlowFile file = read("seed-ivr.json");

    List<ScenarioResult> results =
        runtime.runner().run(UUID.randomUUID(), file.document(), file.scenarios());

    assertThat(results)
        .extracting(ScenarioResult::name)
        .containsExactly("press 2 for support", "caller hangs up during the menu");
    assertThat(results).allSatisfy(r -> assertThat(r.passed()).as(r.toString()).isTrue());
    ScenarioResult support = results.getFirst();
    assertThat(support.path())
        .containsExactly("start", "menu", "key", "route", "support", "support_bye");
    assertThat(support.heard()).last().isEqualTo("Connecting you to support.");
    assertThat(support.steps()).singleElement().satisfies(s -> assertThat(s.passed()).isTrue());
    assertThat(results.get(1).hangupBy()).isEqualTo("remote");
  }

  @Test
  void aScenarioThatExpectsAnotherWayFailsAtTheNodeWhereTheCallWentElse() throws IOException {
    FlowFile file = read("seed-ivr-failing.json");

    List<ScenarioResult> results =
        runtime.runner().run(UUID.randomUUID(), file.document(), file.scenarios());

    ScenarioResult sales = results.getFirst();
    assertThat(sales.passed()).isFalse();
    assertThat(sales.firstDifference())
        .isEqualTo(new Difference("path", 4, "sales", "support", "support"));
    ScenarioResult billing = results.get(1);
    assertThat(billing.passed()).as(billing.toString()).isTrue();
  }

  @Test
  void aGroupcallRingsTheScenariosPhonesAndRecordRunsToo() throws IOException {
    FlowFile file = read("groupcall.json");

    List<ScenarioResult> results =
        runtime.runner().run(UUID.randomUUID(), file.document(), file.scenarios());

    assertThat(results)
        .singleElement()
        .satisfies(r -> assertThat(r.passed()).as(r.toString()).isTrue());
    assertThat(results.getFirst().path())
        .containsExactly("start", "team", "thanks", "message", "bye");
  }

  private static FlowFile read(String name) throws IOException {
    try (InputStream in = OfflineScenariosIT.class.getResourceAsStream("/scenarios/" + name)) {
      FlowFile file =
          FlowFile.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), new FlowCompiler());
      assertThat(file.problems()).isEmpty();
      return file;
    }
  }
}
