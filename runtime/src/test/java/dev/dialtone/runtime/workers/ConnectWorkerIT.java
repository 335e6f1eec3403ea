package dev.dialtone.runtime.workers;

import static dev.dialtone.runtime.support.Eventually.await;
import static dev.dialtone.runtime.workers.DialFlows.LIMIT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.runtime.calls.CallJournal;
import dev.dialtone.runtime.calls.CallQueries;
import dev.dialtone.runtime.calls.CallRecord;
import dev.dialtone.runtime.calls.HangupReason;
import dev.dialtone.runtime.dialing.Dialing;
import dev.dialtone.runtime.flows.FlowService;
import dev.dialtone.runtime.numbers.NumberService;
import dev.dialtone.runtime.simulator.SimulatorService;
import dev.dialtone.runtime.support.RuntimeTestApplication;
import dev.dialtone.telephony.sim.SimulatedTelephony;
import dev.dialtone.telephony.sim.VirtualPhone.Behavior;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The connect node end to end on the simulated telephony. */
@SpringBootTest(
    classes = RuntimeTestApplication.class,
    properties = "spring.datasource.url=jdbc:h2:mem:connect-node;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConnectWorkerIT {

  @Autowired FlowService flows;
  @Autowired NumberService numbers;
  @Autowired SimulatorService simulator;
  @Autowired SimulatedTelephony telephony;
  @Autowired CallQueries calls;
  @Autowired CallJournal journal;
  @Autowired Dialing dialing;

  private DialFlows dial;

  @BeforeAll
  void fixture() {
    dial = new DialFlows(flows, numbers, simulator, telephony, calls, journal, 820_000);
  }

  @AfterEach
  void nothingLeaks() {
    await("no dialing followed", LIMIT, dialing::followed, n -> n == 0);
  }

  @Test
  void anAnsweredConnectLeavesByAnsweredShowingTheGivenCallerId() {
    String answers = dial.phone(Behavior.ANSWER, 20, 200L);

    UUID call =
        dial.call(
            "connect",
            "{\"destination\": {\"type\": \"tel\", \"target\": \""
                + answers
                + "\"}, \"caller_id\": \"+15550123\"}");

    dial.reached(call, "said_yes");
    CallRecord leg = dial.endedLegs(call, 1).get(0);
    assertThat(leg.hangupReason()).isEqualTo(HangupReason.NORMAL);
    assertThat(leg.source()).isEqualTo("+15550123");
    assertThat(leg.masterCallId()).isEqualTo(call);
    assertThat(dial.dialStep(call).outcome()).isEqualTo("answered");
  }

  @Test
  void aBusyDestinationLeavesByNoAnswer() {
    String busy = dial.phone(Behavior.BUSY, 20, null);

    UUID call =
        dial.call(
            "connect", "{\"destination\": {\"type\": \"tel\", \"target\": \"" + busy + "\"}}");

    dial.reached(call, "said_no");
    CallRecord leg = dial.endedLegs(call, 1).get(0);
    assertThat(leg.hangupReason()).isEqualTo(HangupReason.BUSY);
    assertThat(leg.source()).isEqualTo("+15550199");
    assertThat(dial.dialStep(call).outcome()).isEqualTo("no_answer");
  }
}
