package dev.dialtone.runtime.ari;

import static dev.dialtone.runtime.support.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.runtime.calls.CallEvent;
import dev.dialtone.runtime.calls.CallJournal;
import dev.dialtone.runtime.calls.CallQueries;
import dev.dialtone.runtime.calls.CallRecord;
import dev.dialtone.runtime.calls.CallStep;
import dev.dialtone.runtime.calls.HangupBy;
import dev.dialtone.runtime.calls.HangupReason;
import dev.dialtone.runtime.flows.FlowService;
import dev.dialtone.runtime.legs.CallLegRegistry;
import dev.dialtone.runtime.numbers.NumberService;
import dev.dialtone.runtime.support.CallWaits;
import dev.dialtone.runtime.support.FakeAsteriskProperties;
import dev.dialtone.runtime.support.PublishedFlows;
import dev.dialtone.runtime.support.RuntimeTestApplication;
import dev.dialtone.telephony.ari.AriTelephony;
import dev.dialtone.telephony.ari.fake.FakeAriServer;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The seed-like IVR end to end over ARI: the fake Asterisk (HTTP + events WebSocket) → ari4java →
 * the runtime (routing, Zeebe, workers, journal) → ARI commands back, with prompts rendered by
 * espeak-ng into a directory shared with "Asterisk".
 */
@SpringBootTest(classes = RuntimeTestApplication.class)
// its ARI connection must not outlive the fake Asterisk (it would retry for the rest of the run)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AriSeedIvrIT {

  /** The seed IVR's digits timeout: a silent caller's no-input events carry it. */
  private static final String NO_INPUT_AFTER_MS = "300";

  private static final String NUMBER = "+15550100";
  private static final Duration LIMIT = Duration.ofSeconds(20);
  private static final String MENU =
      "Welcome to Dialtone. Press 1 for sales, 2 for support, 3 for billing.";
  private static final FakeAriServer ASTERISK = FakeAsteriskProperties.start();
  private static final Path PROMPTS = FakeAsteriskProperties.promptDirectory();

  @DynamicPropertySource
  static void ari(DynamicPropertyRegistry registry) {
    FakeAsteriskProperties.register(registry, ASTERISK, "ari-seed-ivr", PROMPTS);
  }

  @Autowired FlowService flows;
  @Autowired NumberService numbers;
  @Autowired CallQueries calls;
  @Autowired CallJournal journal;
  @Autowired CallLegRegistry legs;
  @Autowired ZeebeTestEngine engine;
  @Autowired AriTelephony telephony;
  @Autowired HealthIndicator ariHealthIndicator;

  @BeforeAll
  void publishAndAssign() {
    PublishedFlows.publishOn(flows, numbers, "seed-ivr", NUMBER);
    await("ARI connected", LIMIT, () -> telephony.connectionState().isUp(), up -> up);
  }

  @AfterAll
  void stopAsterisk() {
    ASTERISK.close();
  }

  @ParameterizedTest
  @CsvSource({
    "1, sales, Connecting you to sales.",
    "2, support, Connecting you to support.",
    "3, billing, Connecting you to billing."
  })
  void eachKeyReachesItsDepartment(String key, String department, String prompt)
      throws IOException {
    UUID call = UUID.randomUUID();
    // Asterisk's dialplan passes ${EXTEN}: without the +, which the adapter adds back
    String channel = ASTERISK.call("15550199", "15550100", "15550100", "dialtone.call_id=" + call);
    await("the menu", LIMIT, () -> ASTERISK.played(channel), played -> !played.isEmpty());
    assertThat(ASTERISK.channelState(channel)).contains("Up");

    ASTERISK.pressKeys(channel, key);

    CallRecord record = awaitHangup(call);
    assertThat(record.hangupBy()).isEqualTo(HangupBy.LOCAL);
    assertThat(record.hangupReason()).isEqualTo(HangupReason.NORMAL);
    assertThat(record.source()).isEqualTo("+15550199");
    assertThat(record.destination()).isEqualTo(NUMBER);
    assertThat(transcript(call)).containsExactly(MENU, key, prompt, "");
    assertThat(nodesRun(call))
        .containsExactly("start", "menu", "key", "route", department, department + "_bye");
    await("channel hung up", LIMIT, () -> ASTERISK.channelState(channel), s -> s.isEmpty());
    List<String> played = ASTERISK.played(channel);
    assertThat(played).hasSize(2);
    for (String media : played) {
      // Asterisk reads <dir>/<key>.wav: the prompt is rendered and in the shared directory
      assertThat(media).startsWith("sound:" + PROMPTS.toAbsolutePath() + "/");
      assertThat(Files.size(Path.of(media.substring("sound:".length()) + ".wav")))
          .isGreaterThan(8000);
    }
  }

  @Test
  void aSilentCallerHearsTheMenuThreeTimesThenGoodbye() {
    // each digits timeout leaves a no-input event whose content is the timeout
    UUID call = UUID.randomUUID();
    String channel =
        ASTERISK.call("+15550199", "+15550100", "+15550100", "dialtone.call_id=" + call);

    CallRecord record = awaitHangup(call);

    assertThat(record.hangupBy()).isEqualTo(HangupBy.LOCAL);
    assertThat(transcript(call))
        .containsExactly(
            MENU,
            NO_INPUT_AFTER_MS,
            "Sorry, I did not get that.",
            MENU,
            NO_INPUT_AFTER_MS,
            "Sorry, I did not get that.",
            MENU,
            NO_INPUT_AFTER_MS,
            "Sorry, I did not get that.",
            "Goodbye.",
            "");
    assertThat(ASTERISK.played(channel)).hasSize(7);
    // the same sentence is rendered once and played from the cache
    assertThat(ASTERISK.played(channel).stream().distinct()).hasSize(3);
  }

  @Test
  void aCallerWhoHangsUpDuringTheMenuLeavesNoInstance() throws Exception {
    UUID call = UUID.randomUUID();
    String channel =
        ASTERISK.call("+15550199", "+15550100", "+15550100", "dialtone.call_id=" + call);
    ASTERISK.hangUpDuringNextPrompt(channel);

    CallRecord record = awaitHangup(call);

    assertThat(record.hangupBy()).isEqualTo(HangupBy.REMOTE);
    assertThat(record.hangupReason()).isEqualTo(HangupReason.NORMAL);
    engine.waitForIdleState(Duration.ofSeconds(5));
    Thread.sleep(400); // longer than the rest of the menu: nothing may run after it
    journal.flush();
    assertThat(nodesRun(call)).containsExactly("start", "menu");
    assertThat(legs.byCallId(call)).isEmpty();
    assertThat(ProcessInstances.active(engine, record.processInstanceKey())).isFalse();
    assertThat(telephony.liveChannels()).isZero();
  }

  /** An unknown number is answered, hears a spoken apology, is hung up; its record says why. */
  @Test
  void anUnknownNumberHearsAnApologyAndIsHungUpWithTheReasonOnItsRecord() {
    UUID call = UUID.randomUUID();
    String channel = ASTERISK.call("+15550199", "15550999", "15550999", "dialtone.call_id=" + call);

    CallRecord record = awaitHangup(call);

    assertThat(record.hangupReason()).isEqualTo(HangupReason.FAILED);
    assertThat(record.rejectReason()).contains("+15550999");
    await("channel hung up", LIMIT, () -> ASTERISK.channelState(channel), s -> s.isEmpty());
    assertThat(ASTERISK.played(channel)).as("the apology").hasSize(1);
  }

  @Test
  void aDroppedEventsSocketClosesTheCallAndNewCallsWorkAfterwards() {
    ASTERISK.promptLength(media -> Duration.ofSeconds(5));
    try {
      UUID call = UUID.randomUUID();
      String channel =
          ASTERISK.call("+15550199", "+15550100", "+15550100", "dialtone.call_id=" + call);
      await("the menu", LIMIT, () -> ASTERISK.played(channel), played -> !played.isEmpty());

      ASTERISK.refuseEvents(true);
      ASTERISK.dropEvents();

      CallRecord record = awaitHangup(call);
      assertThat(record.hangupReason()).isEqualTo(HangupReason.FAILED);
      assertThat(legs.byCallId(call)).isEmpty();
      await(
          "health down", LIMIT, () -> ariHealthIndicator.health().getStatus(), Status.DOWN::equals);
      assertThat(ariHealthIndicator.health().getDetails()).containsKey("reason");

      ASTERISK.refuseEvents(false);
      await("health up", LIMIT, () -> ariHealthIndicator.health().getStatus(), Status.UP::equals);
    } finally {
      ASTERISK.promptLength(media -> Duration.ofMillis(300));
    }
    UUID next = UUID.randomUUID();
    String channel =
        ASTERISK.call("+15550199", "+15550100", "+15550100", "dialtone.call_id=" + next);
    await("the menu", LIMIT, () -> ASTERISK.played(channel), played -> !played.isEmpty());
    ASTERISK.pressKeys(channel, "2");
    assertThat(awaitHangup(next).hangupBy()).isEqualTo(HangupBy.LOCAL);
  }

  private CallRecord awaitHangup(UUID call) {
    return CallWaits.awaitHangup(calls, journal, call, LIMIT);
  }

  private List<String> transcript(UUID call) {
    journal.flush();
    return calls.transcript(call).stream().map(CallEvent::content).toList();
  }

  private List<String> nodesRun(UUID call) {
    return calls.trace(call).stream().map(CallStep::nodeId).toList();
  }
}
