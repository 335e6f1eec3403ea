package dev.dialtone.runtime.workers;

import static dev.dialtone.runtime.support.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.runtime.calls.CallEvent;
import dev.dialtone.runtime.calls.CallEventType;
import dev.dialtone.runtime.calls.CallJournal;
import dev.dialtone.runtime.calls.CallQueries;
import dev.dialtone.runtime.flows.FlowService;
import dev.dialtone.runtime.legs.CallLegRegistry;
import dev.dialtone.runtime.numbers.NumberService;
import dev.dialtone.runtime.simulator.SimulatorService;
import dev.dialtone.runtime.support.CallWaits;
import dev.dialtone.runtime.support.RuntimeTestApplication;
import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Placeholders in talk text on the engine: a plain variable, one the call brings, and a path into a
 * context (object) variable set on the running instance — what the talk node's validation accepts
 * is what the caller hears.
 */
@SpringBootTest(
    classes = RuntimeTestApplication.class,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:talk-template;DB_CLOSE_DELAY=-1",
      "dialtone.simulator.chars-per-second=2000"
    })
class TalkTemplateIT {

  private static final String NUMBER = "+15550120";
  private static final Duration LIMIT = Duration.ofSeconds(30);
  private static final String FLOW =
      """
      {"format": "dialtone.flow/1", "name": "Templates",
       "nodes": [{"id": "start", "type": "start"},
                 {"id": "wait", "type": "digits",
                  "options": {"timeout_ms": 20000, "max_digits": 1, "variable": "key"}},
                 {"id": "hello", "type": "talk",
                  "options": {"text": "Hello {{customer.name}} of {{ customer.address.city }}, you pressed {{key}} on {{from}}.{{customer.nothing}}"}},
                 {"id": "bye", "type": "hangup"}],
       "edges": [{"from": "start", "to": "wait"}, {"from": "wait", "to": "hello"},
                 {"from": "hello", "to": "bye"}]}
      """;

  @Autowired FlowService flows;
  @Autowired NumberService numbers;
  @Autowired SimulatorService simulator;
  @Autowired CallQueries calls;
  @Autowired CallJournal journal;
  @Autowired CallLegRegistry legs;
  @Autowired CamundaClient client;

  @Test
  void plainVariablesAndPathsIntoContextVariablesAreSpoken() {
    UUID flowId = flows.create(FLOW, "test").flow().id();
    flows.publish(flowId, "test");
    numbers.create(NUMBER, flowId);

    UUID call = simulator.call("+15550199", NUMBER);
    CallWaits.awaitAtNode(legs, call, "wait", LIMIT);
    long instance =
        await(
            "the call's process instance",
            LIMIT,
            () -> {
              journal.flush();
              return calls.get(call).processInstanceKey();
            },
            key -> key != null);
    client
        .newSetVariablesCommand(instance)
        .variables(Map.of("customer", Map.of("name", "Ada", "address", Map.of("city", "Zurich"))))
        .send()
        .join();
    simulator.pressDigits(call, "5");
    CallWaits.awaitHangup(calls, journal, call, LIMIT);

    assertThat(calls.transcript(call))
        .filteredOn(event -> event.type() == CallEventType.TALK)
        .extracting(CallEvent::content)
        .containsExactly("Hello Ada of Zurich, you pressed 5 on +15550199.");
  }
}
