package dev.dialtone.runtime.dialing;

import static dev.dialtone.runtime.support.Eventually.await;

import dev.dialtone.runtime.calls.CallRecord;
import dev.dialtone.runtime.legs.CallLeg;
import dev.dialtone.runtime.simulator.SimulatorService;
import dev.dialtone.runtime.support.RuntimeTestApplication;
import dev.dialtone.telephony.sim.SimulatedTelephony;
import dev.dialtone.telephony.sim.VirtualPhone;
import dev.dialtone.telephony.sim.VirtualPhone.Behavior;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The dialing engine on the simulated telephony: the callers are simulated calls, the dialed phones
 * virtual phones.
 */
@SpringBootTest(
    classes = RuntimeTestApplication.class,
    properties = "spring.datasource.url=jdbc:h2:mem:dialing;DB_CLOSE_DELAY=-1")
class DialingIT extends DialingCases {

  @Autowired SimulatorService simulator;
  @Autowired SimulatedTelephony telephony;

  @Override
  UUID placeCall(String from, String to) {
    return simulator.call(from, to);
  }

  @Override
  void callerHangsUp(CallLeg caller) {
    simulator.hangup(caller.callId());
  }

  @Override
  void phoneAt(String address, Phone phone) {
    switch (phone) {
      case Phone.Answers a -> add(address, Behavior.ANSWER, a.after());
      case Phone.Busy b -> add(address, Behavior.BUSY, b.after());
      case Phone.NeverAnswers n -> add(address, Behavior.NOANSWER, Duration.ZERO);
      case Phone.Nobody n -> {} // a number no virtual phone serves fails: nothing to add
    }
  }

  @Override
  void phoneHangsUp(CallRecord leg) {
    telephony.hangupByCaller(channelOf(leg));
  }

  /**
   * The simulated telephony keeps no log of commands; what it can show is that no dialed channel
   * outlives the groupcall, whatever ended it.
   */
  @Override
  void telephonySaw(CallLeg caller, Map<String, Fate> fates) {
    List<String> channels =
        chainedTo(caller, fates.size()).stream().map(DialingIT::channelOf).toList();
    await(
        "no dialed channel left on the simulated telephony",
        LIMIT,
        () -> channels.stream().filter(telephony::isLive).toList(),
        List::isEmpty);
  }

  /** The runtime names the channels it dials after the chained call's id. */
  private static String channelOf(CallRecord leg) {
    return "dialtone-" + leg.id();
  }

  /** A virtual phone that stays on the line once it answered, until it is told to hang up. */
  private void add(String address, Behavior behavior, Duration after) {
    telephony.phones().put(new VirtualPhone(address, behavior, after, null));
  }
}
