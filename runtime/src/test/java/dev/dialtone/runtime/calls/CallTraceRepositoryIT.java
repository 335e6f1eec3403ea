package dev.dialtone.runtime.calls;

import static dev.dialtone.runtime.calls.CallTestData.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialtone.runtime.db.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class CallTraceRepositoryIT {

  @Parameter TestDatabase database;

  CallRepository calls;
  CallTraceRepository trace;
  UUID callId;

  @BeforeEach
  void setUp() {
    database.reset();
    calls = new CallRepository(database.dsl());
    trace = new CallTraceRepository(database.dsl());
    callId = CallTestData.insertCall(calls, null, "+4930901820");
  }

  @Test
  void appendedEventsAreNumberedPerCallAndReadBackInOrder() {
    UUID otherCall = CallTestData.insertCall(calls, null, "+4930901820");

    assertThat(trace.appendEvent(callId, T0, CallEventType.TALK, "welcome", "Welcome to Dialtone"))
        .isEqualTo(1);
    assertThat(trace.appendEvent(otherCall, T0, CallEventType.PLAY, "music", "https://x/hold.wav"))
        .isEqualTo(1);
    assertThat(trace.appendEvent(callId, T0.plusSeconds(2), CallEventType.DIGITS, "menu", "12#"))
        .isEqualTo(2);
    assertThat(trace.appendEvent(callId, T0.plusSeconds(3), CallEventType.HANGUP, null, null))
        .isEqualTo(3);

    assertThat(trace.events(callId))
        .containsExactly(
            new CallEvent(callId, 1, T0, CallEventType.TALK, "welcome", "Welcome to Dialtone"),
            new CallEvent(callId, 2, T0.plusSeconds(2), CallEventType.DIGITS, "menu", "12#"),
            new CallEvent(callId, 3, T0.plusSeconds(3), CallEventType.HANGUP, null, null));
  }

  @Test
  void batchedEventsKeepTheCallersNumbering() {
    UUID otherCall = CallTestData.insertCall(calls, null, "+4930901820");
    List<CallEvent> batch = new ArrayList<>();
    // more rows than one INSERT carries, across two calls, interleaved as a writer would see them
    for (int seq = 1; seq <= 1_200; seq++) {
      batch.add(
          new CallEvent(
              callId, seq, T0.plusMillis(seq), CallEventType.TALK, "n" + seq, "line " + seq));
      batch.add(
          new CallEvent(
              otherCall, seq, T0.plusMillis(seq), CallEventType.DIGITS, "d", "" + seq % 10));
    }

    trace.appendEvents(batch);

    List<CallEvent> events = trace.events(callId);
    assertThat(events).hasSize(1_200);
    assertThat(events.get(41))
        .isEqualTo(
            new CallEvent(callId, 42, T0.plusMillis(42), CallEventType.TALK, "n42", "line 42"));
    assertThat(trace.events(otherCall)).hasSize(1_200);
    trace.appendEvents(List.of());
    trace.appendSteps(List.of());
  }

  @Test
  void aBatchWithADuplicateSeqStoresNothing() {
    List<CallEvent> batch =
        List.of(
            new CallEvent(callId, 1, T0, CallEventType.TALK, "a", "one"),
            new CallEvent(callId, 1, T0, CallEventType.TALK, "b", "one again"));

    assertThatThrownBy(() -> trace.appendEvents(batch)).isInstanceOf(RuntimeException.class);
    assertThat(trace.events(callId)).isEmpty();
  }

  @Test
  void eventsOfAnUnknownCallAreRejected() {
    assertThatThrownBy(
            () -> trace.appendEvent(UUID.randomUUID(), T0, CallEventType.TALK, "a", "hi"))
        .isInstanceOf(RuntimeException.class);
  }

  @Test
  void concurrentAppendsToOneCallGetDistinctNumbers() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 5; round++) {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Integer>> results = new ArrayList<>();
        for (int writer = 0; writer < 2; writer++) {
          results.add(
              pool.submit(
                  () -> {
                    start.await(5, TimeUnit.SECONDS);
                    return trace.appendEvent(callId, T0, CallEventType.TALK, "n", "x");
                  }));
        }
        List<Integer> got = new ArrayList<>();
        for (Future<Integer> result : results) {
          got.add(result.get(10, TimeUnit.SECONDS));
        }
        assertThat(got).containsExactlyInAnyOrder(2 * round + 1, 2 * round + 2);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aStepRunsUntilItIsFinishedOnce() {
    int menu = trace.appendStep(callId, "menu", "digits", T0);
    int transfer = trace.appendStep(callId, "transfer", "connect", T0.plusSeconds(5));

    assertThat(trace.finishStep(callId, menu, T0.plusSeconds(4), "digits:1")).isTrue();
    assertThat(trace.finishStep(callId, menu, T0.plusSeconds(9), "timeout")).isFalse();
    assertThat(trace.finishStep(callId, 99, T0.plusSeconds(9), "x")).isFalse();

    assertThat(trace.steps(callId))
        .containsExactly(
            new CallStep(callId, menu, "menu", "digits", T0, T0.plusSeconds(4), "digits:1"),
            new CallStep(callId, transfer, "transfer", "connect", T0.plusSeconds(5), null, null));
    assertThat(List.of(menu, transfer)).containsExactly(1, 2);
  }

  @Test
  void batchedStepsMayArriveFinishedAndCanBeFinishedInABatch() {
    UUID otherCall = CallTestData.insertCall(calls, null, "+4930901820");
    trace.appendSteps(
        List.of(
            new CallStep(callId, 1, "start", "start", T0, T0, "next"),
            new CallStep(callId, 2, "welcome", "talk", T0, null, null),
            new CallStep(otherCall, 1, "ring", "groupcall", T0, null, null)));

    int finished =
        trace.finishSteps(
            List.of(
                new StepEnd(callId, 2, T0.plusSeconds(3), "next"),
                new StepEnd(otherCall, 1, T0.plusSeconds(30), "no_answer"),
                new StepEnd(callId, 1, T0.plusSeconds(99), "already finished")));

    assertThat(finished).isEqualTo(2);
    assertThat(trace.steps(callId)).extracting(CallStep::outcome).containsExactly("next", "next");
    assertThat(trace.steps(otherCall))
        .containsExactly(
            new CallStep(otherCall, 1, "ring", "groupcall", T0, T0.plusSeconds(30), "no_answer"));
    assertThat(trace.finishSteps(List.of())).isZero();
  }
}
