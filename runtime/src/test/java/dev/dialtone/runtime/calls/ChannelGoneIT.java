package dev.dialtone.runtime.calls;

import static dev.dialtone.runtime.support.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.runtime.flows.FlowService;
import dev.dialtone.runtime.legs.CallLeg;
import dev.dialtone.runtime.legs.CallLegRegistry;
import dev.dialtone.runtime.numbers.NumberService;
import dev.dialtone.runtime.simulator.SimulatorService;
import dev.dialtone.runtime.support.CallWaits;
import dev.dialtone.runtime.support.PublishedFlows;
import dev.dialtone.runtime.support.RuntimeTestApplication;
import dev.dialtone.telephony.HangupCause;
import dev.dialtone.telephony.sim.SimulatedTelephony;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A channel that vanishes without a hang-up event (as when Asterisk answers a command with 404)
 * ends the call as a hang-up by the far end: the instance ends, and no job fails or raises an
 * incident.
 */
@SpringBootTest(
    classes = RuntimeTestApplication.class,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:channel-gone;DB_CLOSE_DELAY=-1",
      "dialtone.simulator.chars-per-second=20"
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChannelGoneIT {

  private static final Duration LIMIT = Duration.ofSeconds(20);
  private static final String NUMBER = "+15550600";

  @Autowired FlowService flows;
  @Autowired NumberService numbers;
  @Autowired SimulatorService simulator;
  @Autowired SimulatedTelephony telephony;
  @Autowired CallLegRegistry legs;
  @Autowired CallQueries calls;
  @Autowired CallJournal journal;
  @Autowired ZeebeTestEngine engine;

  @BeforeAll
  void publish() {
    PublishedFlows.publishOn(flows, numbers, "seed-ivr", NUMBER);
  }

  @Test
  void aCommandOnAVanishedChannelIsAHangupNotAnIncident() throws Exception {
    UUID call = simulator.call("+15550199", NUMBER);
    CallLeg leg = CallWaits.awaitAtNode(legs, call, "menu", LIMIT);

    // Gone behind the runtime's back: no hang-up event reaches the listener.
    telephony.hangup(leg.channelId(), HangupCause.NORMAL);

    CallRecord record =
        await(
            "hang-up of " + call,
            LIMIT,
            () -> {
              journal.flush();
              return calls.get(call);
            },
            c -> c.status() == CallStatus.HANGUP);
    assertThat(record.hangupBy()).isEqualTo(HangupBy.REMOTE);
    assertThat(record.hangupReason()).isEqualTo(HangupReason.NORMAL);
    engine.waitForIdleState(Duration.ofSeconds(5));
    long instance = record.processInstanceKey();
    assertThat(recordsOf(ValueType.INCIDENT, instance)).isZero();
    assertThat(
            StreamSupport.stream(engine.getRecordStreamSource().getRecords().spliterator(), false)
                .filter(r -> r.getValueType() == ValueType.PROCESS_INSTANCE)
                .filter(r -> r.getKey() == instance)
                .anyMatch(
                    r ->
                        r.getIntent() == ProcessInstanceIntent.ELEMENT_TERMINATED
                            || r.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED))
        .as("the instance ended")
        .isTrue();
    assertThat(calls.trace(call))
        .filteredOn(step -> step.nodeId().equals("menu"))
        .extracting(CallStep::outcome)
        .containsExactly("caller_hung_up");
  }

  private long recordsOf(ValueType type, long instance) {
    return StreamSupport.stream(engine.getRecordStreamSource().getRecords().spliterator(), false)
        .filter(r -> r.getValueType() == type)
        .filter(
            r ->
                r.getValue() instanceof ProcessInstanceRecordValue v
                        && v.getProcessInstanceKey() == instance
                    || r.getValue()
                            instanceof io.camunda.zeebe.protocol.record.value.IncidentRecordValue i
                        && i.getProcessInstanceKey() == instance)
        .count();
  }
}
