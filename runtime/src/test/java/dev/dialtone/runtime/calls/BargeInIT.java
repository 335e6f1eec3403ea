package dev.dialtone.runtime.calls;

import static dev.dialtone.runtime.support.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.runtime.flows.FlowService;
import dev.dialtone.runtime.legs.CallLeg;
import dev.dialtone.runtime.legs.CallLegRegistry;
import dev.dialtone.runtime.numbers.NumberService;
import dev.dialtone.runtime.simulator.SimulatorService;
import dev.dialtone.runtime.support.RuntimeTestApplication;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A key pressed during the menu stops it at once and is the digits node's input; a digits node with
 * {@code barge_in: false} lets the menu play to its end and still takes the key.
 */
@SpringBootTest(
    classes = RuntimeTestApplication.class,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:barge-in;DB_CLOSE_DELAY=-1",
      "dialtone.simulator.chars-per-second=20", // the 60-character menu lasts 3 s
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BargeInIT {

  private static final Duration LIMIT = Duration.ofSeconds(20);
  private static final Duration MENU = Duration.ofSeconds(3);
  private static final String BARGE = "+15550400";
  private static final String NO_BARGE = "+15550401";
  private static final String FLOW =
      """
      {"format": "dialtone.flow/1", "name": "Barge %1$s",
       "nodes": [
         {"id": "start", "type": "start"},
         {"id": "menu", "type": "talk", "options": {"text": "%2$s"}},
         {"id": "key", "type": "digits",
          "options": {"max_digits": 1, "timeout_ms": 2000, "barge_in": %1$s}},
         {"id": "bye", "type": "hangup"}],
       "edges": [{"from": "start", "to": "menu"}, {"from": "menu", "to": "key"},
                 {"from": "key", "to": "bye"}]}
      """;

  @Autowired FlowService flows;
  @Autowired NumberService numbers;
  @Autowired SimulatorService simulator;
  @Autowired CallQueries calls;
  @Autowired CallJournal journal;
  @Autowired CallLegRegistry legs;

  @BeforeAll
  void publish() {
    assign(BARGE, true);
    assign(NO_BARGE, false);
  }

  private void assign(String number, boolean bargeIn) {
    UUID flow = flows.create(FLOW.formatted(bargeIn, "m".repeat(60)), "test").flow().id();
    flows.publish(flow, "test");
    numbers.create(number, flow);
  }

  @Test
  void aKeyDuringTheMenuStopsItAtOnce() {
    UUID call = simulator.call("+15550199", BARGE);
    awaitMenu(call);

    long pressed = System.nanoTime();
    simulator.pressDigits(call, "5");
    CallRecord record = awaitHangup(call);

    assertThat(Duration.ofNanos(System.nanoTime() - pressed)).isLessThan(MENU);
    assertThat(outcomes(call))
        .containsEntry("menu", "interrupted")
        .containsEntry("key", "digits:5");
    assertThat(record.hangupBy()).isEqualTo(HangupBy.LOCAL);
  }

  @Test
  void withBargeInOffTheMenuPlaysToItsEndAndTheKeyIsKept() {
    UUID call = simulator.call("+15550199", NO_BARGE);
    awaitMenu(call);

    long pressed = System.nanoTime();
    simulator.pressDigits(call, "5");
    awaitHangup(call);

    assertThat(Duration.ofNanos(System.nanoTime() - pressed)).isGreaterThan(MENU.minusMillis(500));
    assertThat(outcomes(call)).containsEntry("menu", "spoken").containsEntry("key", "digits:5");
  }

  private void awaitMenu(UUID call) {
    await(
        "the menu",
        LIMIT,
        () -> legs.byCallId(call).map(CallLeg::currentNodeId).orElse(null),
        "menu"::equals);
  }

  private Map<String, String> outcomes(UUID call) {
    journal.flush();
    return calls.trace(call).stream()
        .filter(step -> step.outcome() != null)
        .collect(Collectors.toMap(CallStep::nodeId, CallStep::outcome));
  }

  private CallRecord awaitHangup(UUID call) {
    return await(
        "hang-up of " + call,
        LIMIT,
        () -> {
          journal.flush();
          return calls.list(CallFilter.newest().build()).stream()
              .filter(c -> c.id().equals(call))
              .findFirst()
              .orElse(null);
        },
        c -> c != null && c.status() == CallStatus.HANGUP);
  }
}
