package dev.dialtone.runtime.calls;

import static dev.dialtone.runtime.support.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.runtime.flows.FlowService;
import dev.dialtone.runtime.legs.CallLegRegistry;
import dev.dialtone.runtime.numbers.NumberService;
import dev.dialtone.runtime.routing.CallRouter;
import dev.dialtone.runtime.simulator.SimulatorService;
import dev.dialtone.runtime.support.RuntimeTestApplication;
import dev.dialtone.telephony.sim.SimulatedTelephony;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Calls the runtime cannot serve are answered, hear a short apology and are hung up; the record
 * says why. Nothing reaches the telephony as an exception.
 */
@SpringBootTest(
    classes = RuntimeTestApplication.class,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:rejected;DB_CLOSE_DELAY=-1",
      "dialtone.simulator.chars-per-second=20", // the apology lasts half a second
      "dialtone.calls.apology=Sorry, no.",
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RejectedCallIT {

  private static final Duration LIMIT = Duration.ofSeconds(20);
  private static final String UNPUBLISHED = "+15550300";

  @Autowired SimulatorService simulator;
  @Autowired SimulatedTelephony telephony;
  @Autowired FlowService flows;
  @Autowired NumberService numbers;
  @Autowired CallQueries calls;
  @Autowired CallJournal journal;
  @Autowired CallLegRegistry legs;

  @BeforeAll
  void aNumberWhoseFlowWasNeverPublished() throws IOException {
    String document;
    try (var in = getClass().getResourceAsStream("/flows/seed-ivr.json")) {
      document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    numbers.create(UNPUBLISHED, flows.create(document, "test").flow().id());
  }

  @Test
  void anUnknownNumberHearsTheApologyAndTheRecordSaysWhy() {
    UUID call = simulator.call("+15550199", "+15550999");

    CallRecord record = rejected(call);

    assertThat(record.rejectReason()).isEqualTo("number +15550999 is not in use");
  }

  @Test
  void aFlowWithoutAPublishedVersionIsRejected() {
    UUID call = simulator.call("+15550199", UNPUBLISHED);

    assertThat(rejected(call).rejectReason()).contains("has no published version");
  }

  @Test
  void testCallArgumentsThatMakeNoSenseAreRejected() {
    UUID call = UUID.randomUUID();
    telephony.placeCall(
        "test-call",
        "draft",
        Map.of(
            CallLifecycle.CALL_ID_ARGUMENT, call.toString(),
            CallRouter.TEST_FLOW_ARGUMENT, "not-a-flow",
            CallRouter.TEST_DEFINITION_ARGUMENT, "twelve"));

    assertThat(rejected(call).rejectReason())
        .isEqualTo("test call arguments make no sense: flow 'not-a-flow', definition 'twelve'");
  }

  @Test
  void aCallIdThatIsNoIdIsRejectedUnderAnIdOfItsOwn() {
    String channel =
        telephony.placeCall(
            "+15550199", "+15550999", Map.of(CallLifecycle.CALL_ID_ARGUMENT, "call-me-maybe"));

    UUID call =
        await(
            "the record of the call",
            LIMIT,
            () ->
                calls.list(CallFilter.newest().destination("+15550999").build()).stream()
                    .filter(
                        c ->
                            "argument dialtone.call_id is not a call id: call-me-maybe"
                                .equals(c.rejectReason()))
                    .findFirst()
                    .map(CallRecord::id)
                    .orElse(null),
            id -> id != null);
    rejected(call);
    assertThat(telephony.isLive(channel)).isFalse();
  }

  @Test
  void aCallerWhoHangsUpDuringTheApologyEndsTheCallTheirWay() {
    UUID call = simulator.call("+15550199", "+15550998");
    await(
        "the apology",
        LIMIT,
        () -> {
          journal.flush();
          return calls.list(CallFilter.newest().build()).stream().anyMatch(c -> c.id().equals(call))
              && !calls.transcript(call).isEmpty();
        },
        started -> started);
    simulator.hangup(call);

    CallRecord record = awaitHangup(call);

    assertThat(record.hangupBy()).isEqualTo(HangupBy.REMOTE);
    assertThat(record.rejectReason()).contains("+15550998");
  }

  private CallRecord rejected(UUID call) {
    CallRecord record = awaitHangup(call);
    assertThat(record.status()).isEqualTo(CallStatus.HANGUP);
    assertThat(record.hangupReason()).isEqualTo(HangupReason.FAILED);
    assertThat(record.hangupBy()).isEqualTo(HangupBy.LOCAL);
    assertThat(record.flowId()).isNull();
    assertThat(record.tmProgressing()).as("answered to apologise").isNotNull();
    assertThat(calls.transcript(call))
        .extracting(CallEvent::type, CallEvent::content)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(CallEventType.TALK, "Sorry, no."));
    assertThat(legs.byCallId(call)).isEmpty();
    return record;
  }

  private CallRecord awaitHangup(UUID call) {
    await(
        "hang-up of " + call,
        LIMIT,
        () -> {
          journal.flush();
          return calls.list(CallFilter.newest().build()).stream()
              .filter(c -> c.id().equals(call))
              .findFirst()
              .orElse(null);
        },
        c -> c != null && c.status() == CallStatus.HANGUP && c.tmHangup() != null);
    journal.flush();
    return calls.get(call);
  }
}
