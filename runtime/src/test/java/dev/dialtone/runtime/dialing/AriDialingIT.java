package dev.dialtone.runtime.dialing;

import static dev.dialtone.runtime.support.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.runtime.calls.CallRecord;
import dev.dialtone.runtime.calls.CallStatus;
import dev.dialtone.runtime.groups.RingMethod;
import dev.dialtone.runtime.legs.CallLeg;
import dev.dialtone.runtime.support.FakeAsteriskProperties;
import dev.dialtone.runtime.support.RuntimeTestApplication;
import dev.dialtone.telephony.ari.AriTelephony;
import dev.dialtone.telephony.ari.fake.FakeAriServer;
import dev.dialtone.telephony.ari.fake.FarEnd;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The dialing engine over ARI: the callers are channels entering the Stasis application of the fake
 * Asterisk, the dialed phones its far ends behind the default dial template ({@code
 * PJSIP/{digits}@trunk}). Besides the call records, each case checks what Asterisk was told:
 * originates, bridges and their members, hang-ups.
 */
@SpringBootTest(classes = RuntimeTestApplication.class)
// its ARI connection must not outlive the fake Asterisk (it would retry for the rest of the run)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AriDialingIT extends DialingCases {

  private static final FakeAriServer ASTERISK = FakeAsteriskProperties.start();

  @DynamicPropertySource
  static void ari(DynamicPropertyRegistry registry) {
    FakeAsteriskProperties.register(
        registry, ASTERISK, "ari-dialing", FakeAsteriskProperties.promptDirectory());
  }

  @Autowired AriTelephony telephony;

  @BeforeAll
  void connected() {
    await("ARI connected", LIMIT, () -> telephony.connectionState().isUp(), up -> up);
  }

  @AfterAll
  void stopAsterisk() {
    ASTERISK.close();
  }

  /**
   * The answerer hangs up while Asterisk is still creating the bridge: the bridge, created after
   * the groupcall ended, is destroyed all the same rather than left on Asterisk.
   */
  @Test
  void anAnswererWhoHangsUpWhileTheBridgeIsBeingBuiltLeavesNoBridge() throws Exception {
    CallLeg caller = waitingCaller();
    String answers = phone(new Phone.Answers(Duration.ofMillis(20)));
    int logged = ASTERISK.commandLog().size();
    ASTERISK.holdBridgeCreations();
    GroupCallHandle call;
    try {
      call = dialing.dial(caller, group(RingMethod.RING_ALL, 20_000, tel(answers)));
      await("the bridge asked for", LIMIT, ASTERISK::heldBridgeCreations, n -> n == 1);
      phoneHangsUp(chainedTo(caller, 1).getFirst());
      await(
          "the answerer gone",
          LIMIT,
          () -> chainedTo(caller, 1).getFirst(),
          leg -> leg.status() == CallStatus.HANGUP);
    } finally {
      ASTERISK.releaseBridgeCreations();
    }

    assertThat(call.result().get(LIMIT.toSeconds(), TimeUnit.SECONDS).outcome())
        .isEqualTo(DialResult.Outcome.ANSWERED);
    // what happened to bridges since the dial: created (late), then destroyed
    List<String> bridgeCommands =
        await(
            "the late bridge destroyed",
            LIMIT,
            () ->
                ASTERISK.commandLog().stream()
                    .skip(logged)
                    .filter(c -> c.startsWith("bridge "))
                    .toList(),
            c -> !c.isEmpty() && c.getLast().endsWith(" destroy"));
    String bridge = bridgeCommands.getFirst().split(" ")[1];
    assertThat(bridgeCommands).first().isEqualTo("bridge " + bridge + " create");
    assertThat(bridgeCommands).last().isEqualTo("bridge " + bridge + " destroy");
    callerHangsUp(caller);
  }

  @Override
  UUID placeCall(String from, String to) {
    UUID call = UUID.randomUUID();
    ASTERISK.call(from, to, to, "dialtone.call_id=" + call);
    return call;
  }

  @Override
  void callerHangsUp(CallLeg caller) {
    ASTERISK.hangUp(caller.channelId());
  }

  @Override
  void phoneAt(String address, Phone phone) {
    ASTERISK.farEnd(
        endpoint(address),
        switch (phone) {
          case Phone.Answers a -> FarEnd.answersAfter(a.after());
          case Phone.Busy b -> FarEnd.busyAfter(b.after());
          case Phone.NeverAnswers n -> FarEnd.neverAnswers();
          case Phone.Nobody n -> FarEnd.unreachable();
        });
  }

  @Override
  void phoneHangsUp(CallRecord leg) {
    ASTERISK.hangUp(originated(leg.destination()));
  }

  @Override
  void telephonySaw(CallLeg caller, Map<String, Fate> fates) {
    fates.forEach(
        (address, fate) -> {
          String channel = originated(address);
          await(
              "channel " + channel + " gone",
              LIMIT,
              () -> ASTERISK.channelState(channel),
              state -> state.isEmpty());
          List<String> bridges = bridgesWith(channel);
          if (fate.bridged) {
            assertThat(bridges).as("bridges of %s", address).hasSize(1);
            String bridge = bridges.getFirst();
            // the caller first, then the answering leg; the bridge destroyed once the call is over
            List<String> log =
                await(
                    "bridge " + bridge + " destroyed",
                    LIMIT,
                    ASTERISK::commandLog,
                    l -> l.contains("bridge " + bridge + " destroy"));
            assertThat(log)
                .containsSubsequence(
                    "bridge " + bridge + " create",
                    "bridge " + bridge + " add " + caller.channelId(),
                    "bridge " + bridge + " add " + channel,
                    "bridge " + bridge + " destroy");
          } else {
            assertThat(bridges).as("bridges of %s", address).isEmpty();
          }
          List<String> hangups =
              ASTERISK.commandLog().stream()
                  .filter(c -> c.startsWith("hangup " + channel + " "))
                  .toList();
          if (fate.hungUpByUs) {
            assertThat(hangups)
                .as("hang-ups of %s", address)
                .containsExactly("hangup " + channel + " normal");
          } else {
            assertThat(hangups).as("hang-ups of %s", address).isEmpty();
          }
        });
  }

  /** The channel the runtime originated to {@code address}: exactly one. */
  private static String originated(String address) {
    String prefix = "originate " + endpoint(address) + " ";
    List<String> originates =
        ASTERISK.commandLog().stream().filter(c -> c.startsWith(prefix)).toList();
    assertThat(originates).as("originates to %s", address).hasSize(1);
    return originates.getFirst().substring(prefix.length());
  }

  private static List<String> bridgesWith(String channel) {
    String suffix = " add " + channel;
    return ASTERISK.commandLog().stream()
        .filter(c -> c.startsWith("bridge ") && c.endsWith(suffix))
        .map(c -> c.substring("bridge ".length(), c.length() - suffix.length()))
        .toList();
  }

  private static String endpoint(String address) {
    return "PJSIP/" + address.substring(1) + "@trunk";
  }
}
