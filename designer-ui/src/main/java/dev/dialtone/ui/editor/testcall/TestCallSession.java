package dev.dialtone.ui.editor.testcall;

import com.vaadin.flow.shared.Registration;
import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.runtime.calls.CallEvent;
import dev.dialtone.runtime.calls.CallJournal;
import dev.dialtone.runtime.calls.CallObserver;
import dev.dialtone.runtime.calls.CallQueries;
import dev.dialtone.runtime.calls.CallRecord;
import dev.dialtone.runtime.calls.CallStatus;
import dev.dialtone.runtime.calls.CallStep;
import dev.dialtone.runtime.calls.HangupBy;
import dev.dialtone.runtime.calls.HangupReason;
import dev.dialtone.runtime.calls.NewCall;
import dev.dialtone.runtime.calls.StepEnd;
import dev.dialtone.runtime.outbound.OutboundCallService;
import dev.dialtone.runtime.problems.NotFoundException;
import dev.dialtone.runtime.simulator.PhoneRequest;
import dev.dialtone.runtime.simulator.SimulatorService;
import dev.dialtone.runtime.simulator.VirtualPhoneService;
import dev.dialtone.runtime.testcall.TestCallService;
import dev.dialtone.telephony.sim.VirtualPhone;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The editor's test calls: start a draft, follow one call live, play its caller. Everything that
 * may take a while (compile and deploy, database reads, telephony) runs on background threads, so a
 * UI thread never waits; results come back as futures and {@link CallFact}s for the caller to hand
 * to its UI.
 */
@Component
public class TestCallSession implements DisposableBean {

  private final TestCallService testCalls;
  private final OutboundCallService phoneCalls;
  private final SimulatorService simulator;
  private final CallJournal journal;
  private final CallQueries queries;
  private final VirtualPhoneService phones;
  private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();

  public TestCallSession(
      TestCallService testCalls,
      OutboundCallService phoneCalls,
      SimulatorService simulator,
      CallJournal journal,
      CallQueries queries,
      VirtualPhoneService phones) {
    this.testCalls = testCalls;
    this.phoneCalls = phoneCalls;
    this.simulator = simulator;
    this.journal = journal;
    this.queries = queries;
    this.phones = phones;
  }

  /**
   * Adds or replaces a virtual phone, as {@code POST /api/v1/simulator/phones} does (an in-memory
   * change, so the UI thread may make it).
   *
   * @throws dev.dialtone.runtime.simulator.SimulatorInputException naming the bad field
   */
  public VirtualPhone putPhone(PhoneRequest phone) {
    return phones.put(phone);
  }

  public void removePhone(String address) {
    phones.remove(address);
  }

  public List<VirtualPhone> phones() {
    return phones.list();
  }

  /**
   * Compiles and deploys the draft, then dials it; completes with the call id, or fails with the
   * runtime's exception (an {@code InvalidInputException} lists the draft's problems).
   */
  public CompletableFuture<UUID> start(UUID flowId, FlowDocument draft) {
    return CompletableFuture.supplyAsync(() -> testCalls.start(flowId, draft), background);
  }

  /**
   * Compiles and deploys the draft, then calls {@code number} to run it when answered; completes
   * with the call id, or fails like {@link #start}.
   */
  public CompletableFuture<UUID> callPhone(UUID flowId, String number, FlowDocument draft) {
    return CompletableFuture.supplyAsync(() -> phoneCalls.call(number, flowId, draft), background);
  }

  /** Ends a call from our side (a phone call has no simulated caller to hang up). */
  public CompletableFuture<Void> endCall(UUID callId) {
    return CompletableFuture.runAsync(() -> phoneCalls.hangup(callId), background);
  }

  /** Fails with a {@code ConflictException} when the call has ended meanwhile. */
  public CompletableFuture<Void> pressDigits(UUID callId, String digits) {
    return CompletableFuture.runAsync(() -> simulator.pressDigits(callId, digits), background);
  }

  public CompletableFuture<Void> hangup(UUID callId) {
    return CompletableFuture.runAsync(() -> simulator.hangup(callId), background);
  }

  /**
   * Tells {@code listener} what was stored about the call so far, then each fact as it is stored,
   * until the registration is removed. Facts come one at a time, on a background thread (never the
   * journal's); the catch-up and the live facts may overlap or interleave, which {@link CallRun}
   * absorbs. Following a call that already ended still brings all of it.
   */
  public Registration follow(UUID callId, Consumer<CallFact> listener) {
    SerialDelivery delivery = new SerialDelivery(background);
    Follower follower = new Follower(callId, listener, delivery);
    journal.observe(follower); // first, so nothing stored after the catch-up's read is missed
    delivery.submit(follower::catchUp);
    return () -> {
      journal.unobserve(follower);
      delivery.stop();
    };
  }

  @Override
  public void destroy() {
    background.shutdownNow();
  }

  /** Picks one call's facts out of the journal's stream; runs on the journal's writer thread. */
  private final class Follower implements CallObserver {

    private final UUID callId;
    private final Consumer<CallFact> listener;
    private final SerialDelivery delivery;
    // Written by the journal's thread (new legs) and the catch-up (legs stored before it listened).
    private final Set<UUID> legs = ConcurrentHashMap.newKeySet();

    Follower(UUID callId, Consumer<CallFact> listener, SerialDelivery delivery) {
      this.callId = callId;
      this.listener = listener;
      this.delivery = delivery;
    }

    @Override
    public void created(NewCall call) {
      if (callId.equals(call.masterCallId())) {
        legs.add(call.id());
        tell(new CallFact.Leg(callId, call.id(), call.destination(), call.status(), null, null));
      }
    }

    @Override
    public void hungUp(UUID id, HangupReason reason, HangupBy by) {
      if (legs.contains(id)) {
        tell(new CallFact.Leg(callId, id, null, CallStatus.HANGUP, reason, by));
      }
    }

    @Override
    public void statusChanged(UUID id, CallStatus status) {
      if (legs.contains(id)) {
        tell(new CallFact.Leg(callId, id, null, status, null, null));
      }
      if (callId.equals(id)) {
        tell(new CallFact.Status(id, status));
        if (status == CallStatus.HANGUP) {
          // Why and by whom is in the record; it is stored by now.
          delivery.submit(() -> listener.accept(new CallFact.Ended(queries.get(callId))));
        }
      }
    }

    @Override
    public void transcript(CallEvent event) {
      if (callId.equals(event.callId())) {
        tell(new CallFact.Transcript(event));
      }
    }

    @Override
    public void step(CallStep step) {
      if (callId.equals(step.callId())) {
        tell(new CallFact.StepStarted(step));
      }
    }

    @Override
    public void stepEnded(UUID id, int seq, Instant at, String outcome) {
      if (callId.equals(id)) {
        tell(new CallFact.StepEnded(new StepEnd(id, seq, at, outcome)));
      }
    }

    private void tell(CallFact fact) {
      delivery.submit(() -> listener.accept(fact));
    }

    /** What was stored before the follower listened; nothing when the call is not stored yet. */
    void catchUp() {
      CallRecord record;
      try {
        record = queries.get(callId);
      } catch (NotFoundException e) {
        return; // its creation is still to be stored, so the follower hears all of it
      }
      queries.transcript(callId).forEach(event -> listener.accept(new CallFact.Transcript(event)));
      queries.trace(callId).forEach(step -> listener.accept(new CallFact.StepStarted(step)));
      catchUpLegs();
      listener.accept(new CallFact.Status(callId, record.status()));
      if (record.status() == CallStatus.HANGUP) {
        listener.accept(new CallFact.Ended(record));
      }
    }

    /**
     * Legs dialed before the follower listened: known first, then read again, so a change stored
     * between the two reads comes live and one stored before the second read comes from it.
     */
    private void catchUpLegs() {
      queries.chainedCallIds(callId).forEach(legs::add);
      for (CallRecord leg : queries.chained(callId)) {
        legs.add(leg.id());
        listener.accept(
            new CallFact.Leg(
                callId,
                leg.id(),
                leg.destination(),
                leg.status(),
                leg.hangupReason(),
                leg.hangupBy()));
      }
    }
  }
}
