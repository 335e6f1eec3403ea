package dev.dialtone.runtime.calls;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Writes call records, transcripts and traces off the call's critical path: one writer thread
 * applies changes in the order they happened, in batches, so a caller never waits for the database.
 * Observers (the live test-call panel) hear each change once it is stored.
 */
public class CallJournal implements AutoCloseable {

  private final CallStore store;
  private final JournalWriter writer;
  private final List<CallObserver> observers = new CopyOnWriteArrayList<>();
  private volatile CallChangeHook hook = changes -> () -> {};

  /**
   * @param inTransaction runs a batch of changes in one database transaction
   */
  public CallJournal(
      CallRepository calls, CallTraceRepository trace, Consumer<Runnable> inTransaction) {
    this(CallStore.of(calls, trace), inTransaction);
  }

  /**
   * @param store where changes are kept ({@link CallStore#NONE} when only observers read them)
   * @param inTransaction runs a batch of changes in one transaction of that store
   */
  public CallJournal(CallStore store, Consumer<Runnable> inTransaction) {
    this.store = store;
    this.writer = new JournalWriter(inTransaction, this::applyBatch);
  }

  public void observe(CallObserver observer) {
    observers.add(observer);
  }

  /** Sets the one hook that joins the transaction of every call-record change. */
  public void hook(CallChangeHook hook) {
    this.hook = hook;
  }

  public void unobserve(CallObserver observer) {
    observers.remove(observer);
  }

  public void created(NewCall call) {
    write(
        "create call " + call.id(),
        () -> applyCalls(List.of(new CallChange.Insert(call))),
        o -> {
          o.created(call);
          o.statusChanged(call.id(), call.status());
        },
        new CallChange.Insert(call));
  }

  public void status(UUID callId, CallStatus status, Instant at) {
    write(
        "status " + status + " of " + callId,
        () -> applyCalls(List.of(new CallChange.Status(callId, status, at))),
        o -> o.statusChanged(callId, status),
        new CallChange.Status(callId, status, at));
  }

  public void rejected(UUID callId, String reason, Instant at) {
    write(
        "reject " + callId,
        () -> applyCalls(List.of(new CallChange.RejectReason(callId, reason))),
        o -> {},
        new CallChange.RejectReason(callId, reason));
    hungUp(callId, HangupReason.FAILED, HangupBy.LOCAL, at);
  }

  public void hungUp(UUID callId, HangupReason reason, HangupBy by, Instant at) {
    write(
        "hang up " + callId,
        () -> applyCalls(List.of(new CallChange.Hangup(callId, reason, by, at))),
        o -> {
          o.hungUp(callId, reason, by);
          o.statusChanged(callId, CallStatus.HANGUP);
        },
        new CallChange.Hangup(callId, reason, by, at));
  }

  public void instanceStarted(UUID callId, long processInstanceKey) {
    write(
        "instance of " + callId,
        () -> applyCalls(List.of(new CallChange.InstanceKey(callId, processInstanceKey))),
        o -> {},
        new CallChange.InstanceKey(callId, processInstanceKey));
  }

  public void event(
      UUID callId, int seq, Instant at, CallEventType type, String nodeId, String content) {
    CallEvent event = new CallEvent(callId, seq, at, type, nodeId, content);
    write(
        "event of " + callId,
        () -> store.appendEvents(List.of(event)),
        o -> o.transcript(event),
        event);
  }

  public void stepStarted(UUID callId, int seq, String nodeId, String nodeType, Instant at) {
    CallStep step = new CallStep(callId, seq, nodeId, nodeType, at, null, null);
    write("step of " + callId, () -> store.appendSteps(List.of(step)), o -> o.step(step), step);
  }

  public void stepEnded(UUID callId, int seq, Instant at, String outcome) {
    StepEnd end = new StepEnd(callId, seq, at, outcome);
    write(
        "step end of " + callId,
        () -> store.finishSteps(List.of(end)),
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

  private void write(String what, Runnable change, Consumer<CallObserver> notify, Object row) {
    writer.submit(new JournalWriter.Entry(what, change, () -> observers.forEach(notify), row));
  }

  /**
   * Applies a batch in a few statements: all call-record changes (each call's in order, so each
   * record exists before anything changes it), then all transcript events, trace steps and step
   * ends, each kind in one batched statement — steps before their ends. A step that starts and ends
   * within the batch is inserted finished.
   */
  private void applyBatch(List<JournalWriter.Entry> batch) {
    List<CallChange> changes = new ArrayList<>();
    List<CallEvent> events = new ArrayList<>();
    List<CallStep> steps = new ArrayList<>();
    Map<StepKey, Integer> stepIndex = new HashMap<>();
    List<StepEnd> ends = new ArrayList<>();
    for (JournalWriter.Entry entry : batch) {
      switch (entry.row()) {
        case CallChange change -> changes.add(change);
        case CallEvent event -> events.add(event);
        case CallStep step -> {
          stepIndex.put(new StepKey(step.callId(), step.seq()), steps.size());
          steps.add(step);
        }
        case StepEnd end -> {
          Integer index = stepIndex.get(new StepKey(end.callId(), end.seq()));
          if (index == null) {
            ends.add(end);
          } else if (steps.get(index).endedAt() == null) {
            CallStep step = steps.get(index);
            steps.set(
                index,
                new CallStep(
                    step.callId(),
                    step.seq(),
                    step.nodeId(),
                    step.nodeType(),
                    step.startedAt(),
                    end.endedAt(),
                    end.outcome()));
          } // else: the step already ended in this batch, and the first end is the one kept
        }
        case null, default -> entry.change().run();
      }
    }
    if (!changes.isEmpty()) {
      applyCalls(changes);
    }
    if (!events.isEmpty()) {
      store.appendEvents(events);
    }
    if (!steps.isEmpty()) {
      store.appendSteps(steps);
    }
    if (!ends.isEmpty()) {
      store.finishSteps(ends);
    }
  }

  /** Call-record changes with the hook in their transaction (batched or replayed one by one). */
  private void applyCalls(List<CallChange> changes) {
    Runnable afterApply = hook.beforeApply(changes);
    store.applyCalls(changes);
    afterApply.run();
  }

  private record StepKey(UUID callId, int seq) {}
}
