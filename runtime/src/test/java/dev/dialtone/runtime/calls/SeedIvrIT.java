package dev.dialtone.runtime.calls;

import static dev.dialtone.runtime.support.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.runtime.flows.FlowService;
import dev.dialtone.runtime.legs.CallLeg;
import dev.dialtone.runtime.legs.CallLegRegistry;
import dev.dialtone.runtime.numbers.NumberService;
import dev.dialtone.runtime.simulator.SimulatorService;
import dev.dialtone.runtime.support.CallWaits;
import dev.dialtone.runtime.support.RuntimeTestApplication;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The seed-like IVR on the real in-process engine with the simulated telephony: menu → digits →
 * branch on 1/2/3, default → sorry → goto (count 2) → menu, done → goodbye.
 */
@SpringBootTest(
    classes = RuntimeTestApplication.class,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:seed-ivr;DB_CLOSE_DELAY=-1",
      "dialtone.simulator.chars-per-second=2000",
      "dialtone.simulator.play-duration=20ms"
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedIvrIT {

  private static final String NUMBER = "+15550100";
  private static final Duration LIMIT = Duration.ofSeconds(20);

  @Autowired FlowService flows;
  @Autowired NumberService numbers;
  @Autowired SimulatorService simulator;
  @Autowired CallQueries calls;
  @Autowired CallJournal journal;
  @Autowired CallLegRegistry legs;
  @Autowired ZeebeTestEngine engine;

  @BeforeAll
  void publishAndAssign() throws IOException {
    String document;
    try (var in = getClass().getResourceAsStream("/flows/seed-ivr.json")) {
      document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    UUID flowId = flows.create(document, "test").flow().id();
    assertThat(flows.publish(flowId, "test")).isEqualTo(1);
    numbers.create(NUMBER, flowId);
  }

  @ParameterizedTest
  @CsvSource({
    "1, sales, Connecting you to sales.",
    "2, support, Connecting you to support.",
    "3, billing, Connecting you to billing."
  })
  void eachKeyReachesItsDepartment(String key, String department, String prompt) {
    UUID call = simulator.call("+15550199", NUMBER);
    await("the menu", LIMIT, () -> transcript(call), events -> !events.isEmpty());

    simulator.pressDigits(call, key);

    CallRecord record = awaitHangup(call);
    assertThat(record.hangupBy()).isEqualTo(HangupBy.LOCAL);
    assertThat(record.hangupReason()).isEqualTo(HangupReason.NORMAL);
    assertThat(record.tmRinging()).isNotNull();
    assertThat(record.tmProgressing()).isNotNull();
    assertThat(record.flowVersion()).isEqualTo(1);
    assertThat(transcript(call))
        .extracting(CallEvent::type, CallEvent::content)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(CallEventType.TALK, menuText()),
            org.assertj.core.groups.Tuple.tuple(CallEventType.DIGITS, key),
            org.assertj.core.groups.Tuple.tuple(CallEventType.TALK, prompt),
            org.assertj.core.groups.Tuple.tuple(CallEventType.HANGUP, ""));
    assertThat(nodesRun(call))
        .containsExactly("start", "menu", "key", "route", department, department + "_bye");
    assertThat(calls.trace(call)).allSatisfy(step -> assertThat(step.endedAt()).isNotNull());
  }

  @Test
  void aSilentCallerHearsTheMenuThreeTimesThenGoodbye() {
    UUID call = simulator.call("+15550199", NUMBER);

    CallRecord record = awaitHangup(call);

    assertThat(record.hangupBy()).isEqualTo(HangupBy.LOCAL);
    assertThat(transcript(call).stream().map(CallEvent::content).toList())
        .containsExactly(
            menuText(),
            "300",
            "Sorry, I did not get that.",
            menuText(),
            "300",
            "Sorry, I did not get that.",
            menuText(),
            "300",
            "Sorry, I did not get that.",
            "Goodbye.",
            "");
    // Each silent wait leaves its trace on the digits node, with the timeout it waited.
    assertThat(transcript(call))
        .filteredOn(event -> event.type() == CallEventType.NO_INPUT)
        .extracting(CallEvent::nodeId)
        .containsExactly("key", "key", "key");
    assertThat(nodesRun(call)).filteredOn("menu"::equals).hasSize(3);
    assertThat(nodesRun(call)).endsWith("again", "goodbye", "bye");
    assertThat(calls.trace(call))
        .filteredOn(step -> step.nodeId().equals("again") || step.nodeId().equals("route"))
        .extracting(CallStep::nodeType)
        .containsOnly("goto", "branch");
    assertThat(calls.trace(call))
        .filteredOn(step -> step.nodeId().equals("key"))
        .extracting(CallStep::outcome)
        .containsOnly("timeout");
  }

  @Test
  void aCallerWhoHangsUpDuringTheFirstPromptEndsTheInstanceAtOnce() throws Exception {
    UUID call = simulator.call("+15550199", NUMBER);
    // The leg itself says when the menu starts; the journal (which writes in batches) may tell
    // after the 35 ms prompt is over.
    await(
        "the menu",
        LIMIT,
        () -> legs.byCallId(call).map(CallLeg::currentNodeId).orElse(null),
        "menu"::equals);

    simulator.hangup(call);

    CallRecord record = awaitHangup(call);
    assertThat(record.hangupBy()).isEqualTo(HangupBy.REMOTE);
    assertThat(record.hangupReason()).isEqualTo(HangupReason.NORMAL);
    engine.waitForIdleState(Duration.ofSeconds(5));
    Thread.sleep(300); // longer than the rest of the menu prompt: nothing may run after it
    journal.flush();
    assertThat(nodesRun(call)).containsExactly("start", "menu");
    assertThat(transcript(call))
        .extracting(CallEvent::type)
        .containsExactly(CallEventType.TALK, CallEventType.HANGUP);
    assertThat(openJobs(record.processInstanceKey())).isEmpty();
  }

  private CallRecord awaitHangup(UUID call) {
    return CallWaits.awaitHangup(calls, journal, call, LIMIT);
  }

  private List<CallEvent> transcript(UUID call) {
    journal.flush();
    return calls.list(CallFilter.newest().build()).stream().anyMatch(c -> c.id().equals(call))
        ? calls.transcript(call)
        : List.of();
  }

  private List<String> nodesRun(UUID call) {
    return calls.trace(call).stream().map(CallStep::nodeId).toList();
  }

  private String menuText() {
    return "Welcome to Dialtone. Press 1 for sales, 2 for support, 3 for billing.";
  }

  /** Jobs of the instance that were created and never completed, failed for good or cancelled. */
  private Set<Long> openJobs(Long processInstanceKey) {
    Set<Long> open = new HashSet<>();
    for (Record<?> record : engine.getRecordStreamSource().getRecords()) {
      if (record.getValueType() != ValueType.JOB) {
        continue;
      }
      var job = (io.camunda.zeebe.protocol.record.value.JobRecordValue) record.getValue();
      if (processInstanceKey == null || job.getProcessInstanceKey() != processInstanceKey) {
        continue;
      }
      if (record.getIntent() == JobIntent.CREATED) {
        open.add(record.getKey());
      } else if (record.getIntent() == JobIntent.COMPLETED
          || record.getIntent() == JobIntent.CANCELED) {
        open.remove(record.getKey());
      }
    }
    return open;
  }
}
