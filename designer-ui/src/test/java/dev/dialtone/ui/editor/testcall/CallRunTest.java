package dev.dialtone.ui.editor.testcall;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.runtime.calls.CallDirection;
import dev.dialtone.runtime.calls.CallEvent;
import dev.dialtone.runtime.calls.CallEventType;
import dev.dialtone.runtime.calls.CallRecord;
import dev.dialtone.runtime.calls.CallRevision;
import dev.dialtone.runtime.calls.CallStatus;
import dev.dialtone.runtime.calls.CallStep;
import dev.dialtone.runtime.calls.HangupBy;
import dev.dialtone.runtime.calls.HangupReason;
import dev.dialtone.runtime.calls.StepEnd;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CallRunTest {

  private static final UUID CALL = UUID.randomUUID();
  private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

  private final CallRun run = new CallRun(CALL);

  @Test
  void theNewestNodeIsActiveAndThePathGrowsInOrder() {
    run.apply(status(CallStatus.PROGRESSING));
    run.apply(step(1, "start", 0));
    run.apply(end(1, 5));
    run.apply(step(2, "menu", 5));

    assertThat(run.active()).isEqualTo("menu");
    assertThat(run.path()).containsExactly("start", "menu");
    assertThat(run.durationsMs()).containsExactly(Map.entry("start", 5L));
    assertThat(run.update().ended()).isFalse();
  }

  @Test
  void aNodeVisitedTwiceAppearsTwiceInThePathAndItsDurationsAddUp() {
    run.apply(step(1, "menu", 0));
    run.apply(end(1, 100));
    run.apply(step(2, "again", 100));
    run.apply(end(2, 101));
    run.apply(step(3, "menu", 101));
    run.apply(end(3, 201));

    assertThat(run.path()).containsExactly("menu", "again", "menu");
    assertThat(run.durationsMs()).containsEntry("menu", 200L).containsEntry("again", 1L);
  }

  @Test
  void repeatedAndLateFactsChangeNothingOrLandInTheirPlace() {
    assertThat(run.apply(step(2, "menu", 5))).isTrue();
    assertThat(run.apply(step(2, "menu", 5))).isFalse();
    assertThat(run.apply(step(1, "start", 0))).isTrue();
    assertThat(run.apply(end(3, 50))).isFalse(); // its step is not known yet
    assertThat(run.apply(step(3, "key", 40))).isTrue();
    assertThat(run.apply(talk(2, "second"))).isTrue();
    assertThat(run.apply(talk(1, "first"))).isTrue();
    assertThat(run.apply(talk(1, "first"))).isFalse();

    assertThat(run.path()).containsExactly("start", "menu", "key");
    assertThat(run.durationsMs()).containsExactly(Map.entry("key", 10L));
    assertThat(run.transcript())
        .extracting(TranscriptLine::text)
        .containsExactly("Caller hears: first", "Caller hears: second");
  }

  @Test
  void aDigitsTimeoutShowsNoInputWithTheTimeoutInSeconds() {
    run.apply(talk(1, "Press 1"));
    run.apply(event(2, CallEventType.NO_INPUT, "5000"));
    run.apply(event(3, CallEventType.NO_INPUT, "300"));

    assertThat(run.transcript())
        .extracting(TranscriptLine::type, TranscriptLine::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(CallEventType.TALK, "Caller hears: Press 1"),
            org.assertj.core.groups.Tuple.tuple(CallEventType.NO_INPUT, "No input (after 5 s)"),
            org.assertj.core.groups.Tuple.tuple(CallEventType.NO_INPUT, "No input (after 0.3 s)"));
  }

  @Test
  void theStatusOnlyMovesForward() {
    assertThat(run.apply(status(CallStatus.PROGRESSING))).isTrue();
    assertThat(run.apply(status(CallStatus.RINGING))).isFalse();

    assertThat(run.status()).isEqualTo(CallStatus.PROGRESSING);
    assertThat(run.live()).isTrue();
  }

  @Test
  void factsOfAnotherCallAreIgnored() {
    CallStep other = new CallStep(UUID.randomUUID(), 1, "menu", "talk", T0, null, null);

    assertThat(run.apply(new CallFact.StepStarted(other))).isFalse();
    assertThat(run.path()).isEmpty();
  }

  @Test
  void theTranscriptSaysWhatTheCallerHeardPressedAndHowTheCallEnded() {
    run.apply(talk(1, "Press 1 for sales."));
    run.apply(event(2, CallEventType.DIGITS, "2"));
    run.apply(event(3, CallEventType.PLAY, "https://example.com/hold.wav"));
    run.apply(event(4, CallEventType.HANGUP, ""));

    assertThat(run.transcript().getLast().text()).isEqualTo("Call ended");

    run.apply(status(CallStatus.HANGUP));
    run.apply(new CallFact.Ended(record(HangupReason.NORMAL, HangupBy.LOCAL, null, 300)));

    assertThat(run.transcript())
        .extracting(TranscriptLine::dataType, TranscriptLine::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("talk", "Caller hears: Press 1 for sales."),
            org.assertj.core.groups.Tuple.tuple("digits", "Caller pressed 2"),
            org.assertj.core.groups.Tuple.tuple(
                "play", "Caller hears audio: https://example.com/hold.wav"),
            org.assertj.core.groups.Tuple.tuple("hangup", "Call ended: normal (hung up by flow)"));
  }

  @Test
  void aCallerWhoHangsUpIsNamedAndTheOpenNodeCountsUntilTheHangup() {
    run.apply(step(1, "menu", 0));
    run.apply(event(1, CallEventType.HANGUP, "caller"));

    assertThat(run.transcript().getLast().text()).isEqualTo("Call ended (caller hung up)");
    assertThat(run.durationsMs()).isEmpty();

    run.apply(status(CallStatus.HANGUP));
    run.apply(new CallFact.Ended(record(HangupReason.NORMAL, HangupBy.REMOTE, null, 250)));

    assertThat(run.transcript().getLast().text()).isEqualTo("Call ended: normal (caller hung up)");
    assertThat(run.update())
        .isEqualTo(new RunUpdate(null, java.util.List.of("menu"), Map.of("menu", 250L), true));
  }

  @Test
  void aRefusedCallWithoutAHangupLineGetsOneWithTheReason() {
    run.apply(
        new CallFact.Ended(record(HangupReason.FAILED, HangupBy.LOCAL, "no route for draft", 1)));

    assertThat(run.ended()).isTrue();
    assertThat(run.transcript())
        .extracting(TranscriptLine::dataType, TranscriptLine::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "hangup", "Call ended: failed (hung up by flow) — no route for draft"));
  }

  @Test
  void anEndedStepKeepsItsEndWhenAnOpenCopyArrivesLater() {
    CallStep ended = new CallStep(CALL, 1, "menu", "talk", T0, T0.plusMillis(40), "completed");
    run.apply(new CallFact.StepStarted(ended));

    assertThat(run.apply(step(1, "menu", 0))).isFalse();
    assertThat(run.durationsMs()).containsExactly(Map.entry("menu", 40L));
  }

  private static CallFact step(int seq, String node, long atMs) {
    return new CallFact.StepStarted(
        new CallStep(CALL, seq, node, "talk", T0.plusMillis(atMs), null, null));
  }

  private static CallFact end(int seq, long atMs) {
    return new CallFact.StepEnded(new StepEnd(CALL, seq, T0.plusMillis(atMs), "completed"));
  }

  private static CallFact status(CallStatus status) {
    return new CallFact.Status(CALL, status);
  }

  private static CallFact talk(int seq, String text) {
    return event(seq, CallEventType.TALK, text);
  }

  private static CallFact event(int seq, CallEventType type, String content) {
    return new CallFact.Transcript(new CallEvent(CALL, seq, T0, type, "menu", content));
  }

  private static CallRecord record(
      HangupReason reason, HangupBy by, String rejectReason, long hangupAtMs) {
    return new CallRecord(
        CALL,
        UUID.randomUUID(),
        null,
        CallRevision.DRAFT,
        CallDirection.INCOMING,
        "test-call",
        "draft",
        CallStatus.HANGUP,
        reason,
        by,
        rejectReason,
        null,
        null,
        T0,
        T0,
        T0,
        T0.plusMillis(hangupAtMs),
        T0.plusMillis(hangupAtMs));
  }
}
