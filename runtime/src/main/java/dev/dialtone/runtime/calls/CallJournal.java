package dev.dialtone.runtime.calls;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Writes call records, transcripts and traces off the call's critical path: one writer thread
 * applies changes in the order they happened, in batches, so a caller never waits for the database.
 * Observers (the live test-call panel) hear each change once it is stored.
 */
public class CallJournal implements AutoCloseable {

  private final CallRepository calls;
  private final CallTraceRepository trace;
  private final JournalWriter writer;
  private final List<CallObserver> observers = new CopyOnWriteArrayList<>();

  /**
   * @param inTransaction runs a batch of changes in one database transaction
   */
  public CallJournal(
      CallRepository calls, CallTraceRepository trace, Consumer<Runnable> inTransaction) {
    this.calls = calls;
    this.trace = trace;
    this.writer = new JournalWriter(inTransaction, this::applyBatch);
  }

  public void observe(CallObserver observer) {
    observers.add(observer);
  }

  public void unobserve(CallObserver observer) {
    observers.remove(observer);
  }

  public void created(NewCall call) {
    write(
        "create call " + call.id(),
        () -> calls.insert(call),
        o -> o.statusChanged(call.id(), call.status()));
  }

  public void status(UUID callId, CallStatus status, Instant at) {
    write(
        "status " + status + " of " + callId,
        () -> calls.updateStatus(callId, status, at),
        o -> o.statusChanged(callId, status));
  }

  public void rejected(UUID callId, String reason, Instant at) {
    write("reject " + callId, () -> calls.setRejectReason(callId, reason), o -> {});
    hungUp(callId, HangupReason.FAILED, HangupBy.LOCAL, at);
  }

  public void hungUp(UUID callId, HangupReason reason, HangupBy by, Instant at) {
    write(
        "hang up " + callId,
        () -> calls.hangup(callId, reason, by, at),
        o -> o.statusChanged(callId, CallStatus.HANGUP));
  }

  public void instanceStarted(UUID callId, long processInstanceKey) {
    write(
        "instance of " + callId,
        () -> calls.setProcessInstanceKey(callId, processInstanceKey),
        o -> {});
  }

  public void event(
      UUID callId, int seq, Instant at, CallEventType type, String nodeId, String content) {
    CallEvent event = new CallEvent(callId, seq, at, type, nodeId, content);
    write(
        "event of " + callId,
        () -> trace.appendEvents(List.of(event)),
        o -> o.transcript(event),
        event);
  }

  public void stepStarted(UUID callId, int seq, String nodeId, String nodeType, Instant at) {
    CallStep step = new CallStep(callId, seq, nodeId, nodeType, at, null, null);
    write("step of " + callId, () -> trace.appendSteps(List.of(step)), o -> o.step(step), step);
  }

  public void stepEnded(UUID callId, int seq, Instant at, String outcome) {
    StepEnd end = new StepEnd(callId, seq, at, outcome);
    write(
        "step end of " + callId,
        () -> trace.finishSteps(List.of(end)),
        o -> o.stepEnded(callId, seq, at, outcome),
        end);
  }

  /** Waits until everything handed in so far is stored (tests, shutdown). */
  public void flush() {
    writer.flush();
  }

  @Override
  public void close() {
    writer.close();
  }

  private void write(String what, Runnable change, Consumer<CallObserver> notify) {
    write(what, change, notify, null);
  }

  private void write(String what, Runnable change, Consumer<CallObserver> notify, Object row) {
    writer.submit(new JournalWriter.Entry(what, change, () -> observers.forEach(notify), row));
  }

  /**
   * Applies a batch: call records in order (so each exists before anything refers to it), then all
   * transcript events, trace steps and step ends of the batch in one statement each — steps before
   * their ends.
   */
  private void applyBatch(List<JournalWriter.Entry> batch) {
    List<CallEvent> events = new ArrayList<>();
    List<CallStep> steps = new ArrayList<>();
    List<StepEnd> ends = new ArrayList<>();
    for (JournalWriter.Entry entry : batch) {
      switch (entry.row()) {
        case CallEvent event -> events.add(event);
        case CallStep step -> steps.add(step);
        case StepEnd end -> ends.add(end);
        case null, default -> entry.change().run();
      }
    }
    if (!events.isEmpty()) {
      trace.appendEvents(events);
    }
    if (!steps.isEmpty()) {
      trace.appendSteps(steps);
    }
    if (!ends.isEmpty()) {
      trace.finishSteps(ends);
    }
  }
}
