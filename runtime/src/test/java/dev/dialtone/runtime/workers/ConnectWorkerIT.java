package dev.dialtone.runtime.workers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.runtime.calls.CallRecord;
import dev.dialtone.runtime.calls.HangupReason;
import dev.dialtone.telephony.sim.VirtualPhone.Behavior;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The connect node end to end on the simulated telephony. */
@WithDialFlows
class ConnectWorkerIT {

  @Autowired DialFlows dial;

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
