package dev.dialtone.ui.editor.testcall;

import dev.dialtone.runtime.calls.CallEvent;
import dev.dialtone.runtime.calls.CallEventType;
import dev.dialtone.runtime.calls.CallRecord;
import dev.dialtone.runtime.calls.CallStatus;
import dev.dialtone.runtime.calls.CallStep;
import dev.dialtone.runtime.calls.HangupBy;
import dev.dialtone.runtime.calls.StepEnd;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One test call as the panel shows it, folded from {@link CallFact}s: its status, transcript, the
 * path through the flow and how long each node took. Facts are keyed by their sequence numbers, so
 * a repeated or late fact (live and catch-up reads overlap) changes nothing or lands in its place.
 * Not thread-safe: one UI owns it.
 */
public final class CallRun {

  private final UUID callId;
  private final NavigableMap<Integer, CallEvent> events = new TreeMap<>();
  private final NavigableMap<Integer, CallStep> steps = new TreeMap<>();
  private final Map<Integer, StepEnd> earlyEnds = new HashMap<>();
  private final ChainedLegs legs = new ChainedLegs();
  private CallStatus status;
  private CallRecord record;

  public CallRun(UUID callId) {
    this.callId = callId;
  }

  public UUID callId() {
    return callId;
  }

  /** Folds one fact in; false when it was about another call or told nothing new. */
  public boolean apply(CallFact fact) {
    if (!callId.equals(fact.callId())) {
      return false;
    }
    return switch (fact) {
      case CallFact.Transcript t -> transcribed(t.event());
      case CallFact.StepStarted s -> started(s.step());
      case CallFact.StepEnded e -> ended(e.end());
      case CallFact.Status s -> advance(s.status());
      case CallFact.Ended e -> hungUp(e.record());
      case CallFact.Leg l -> legs.apply(l);
    };
  }

  /** The legs this call dialed (a groupcall's destinations), in the order they were dialed. */
  public List<LegLine> legs() {
    return legs.lines();
  }

  /** Null until the call record is first stored. */
  public CallStatus status() {
    return status;
  }

  public boolean ended() {
    return status == CallStatus.HANGUP;
  }

  /** Whether a caller can still press keys or hang up. */
  public boolean live() {
    return !ended();
  }

  /** The newest node the call reached while it is live; null before the first one and after. */
  public String active() {
    return ended() || steps.isEmpty() ? null : steps.lastEntry().getValue().nodeId();
  }

  public List<String> path() {
    return steps.values().stream().map(CallStep::nodeId).toList();
  }

  /** The nodes run, in order, with their times (a scenario is recorded from them). */
  public List<CallStep> steps() {
    return List.copyOf(steps.values());
  }

  /** The transcript's raw lines, in order. */
  public List<CallEvent> events() {
    return List.copyOf(events.values());
  }

  /** {@code local} or {@code remote} once the call's record says who hung up; null before. */
  public String hangupBy() {
    return record == null || record.hangupBy() == null
        ? null
        : record.hangupBy().name().toLowerCase(Locale.ROOT);
  }

  /** Milliseconds per node over its ended visits; once the call hung up, open visits end there. */
  public Map<String, Long> durationsMs() {
    Instant hangup = record == null ? null : record.tmHangup();
    Map<String, Long> durations = new LinkedHashMap<>();
    for (CallStep step : steps.values()) {
      Instant end = step.endedAt() != null ? step.endedAt() : hangup;
      if (end != null && step.startedAt() != null) {
        long ms = Math.max(0, Duration.between(step.startedAt(), end).toMillis());
        durations.merge(step.nodeId(), ms, Long::sum);
      }
    }
    return durations;
  }

  public List<TranscriptLine> transcript() {
    List<TranscriptLine> lines = new ArrayList<>();
    boolean hangupShown = false;
    for (CallEvent event : events.values()) {
      hangupShown |= event.type() == CallEventType.HANGUP;
      lines.add(new TranscriptLine(event.type(), event.nodeId(), text(event)));
    }
    if (!hangupShown && record != null) {
      // A call refused before it ran (or cut off by a failure) has no hang-up line of its own.
      lines.add(new TranscriptLine(CallEventType.HANGUP, null, endText("")));
    }
    return lines;
  }

  public RunUpdate update() {
    return new RunUpdate(active(), path(), durationsMs(), ended());
  }

  private boolean transcribed(CallEvent event) {
    if (events.putIfAbsent(event.seq(), event) != null) {
      return false;
    }
    if (event.type() == CallEventType.BRIDGED && event.content() != null) {
      legs.bridged(UUID.fromString(event.content()));
    }
    return true;
  }

  private boolean started(CallStep step) {
    StepEnd early = earlyEnds.remove(step.seq());
    if (early != null && step.endedAt() == null) {
      step = withEnd(step, early);
    }
    CallStep known = steps.get(step.seq());
    if (known != null && (known.endedAt() != null || step.endedAt() == null)) {
      return false;
    }
    steps.put(step.seq(), step);
    return true;
  }

  private boolean ended(StepEnd end) {
    CallStep step = steps.get(end.seq());
    if (step == null) {
      earlyEnds.put(end.seq(), end);
      return false;
    }
    if (step.endedAt() != null) {
      return false;
    }
    steps.put(end.seq(), withEnd(step, end));
    return true;
  }

  // The lifecycle only moves forward; a stale status from a catch-up read must not undo progress.
  private boolean advance(CallStatus next) {
    if (status != null && next.rank() <= status.rank()) {
      return false;
    }
    status = next;
    return true;
  }

  private boolean hungUp(CallRecord ended) {
    if (record != null) {
      return false;
    }
    record = ended;
    advance(CallStatus.HANGUP);
    return true;
  }

  private String text(CallEvent event) {
    String content = event.content() == null ? "" : event.content();
    return switch (event.type()) {
      case TALK -> "Caller hears: " + content;
      case PLAY -> "Caller hears audio: " + content;
      case DIGITS -> "Caller pressed " + content;
      case NO_INPUT -> "No input (after " + seconds(content) + " s)";
      case RECORD_STARTED -> "Recording started";
      case RECORD_FINISHED -> "Recording finished (" + tenths(content) + " s)";
      case BRIDGED -> "Connected to " + bridgedTo(content);
      case HANGUP -> endText(content);
    };
  }

  private String bridgedTo(String legId) {
    String destination = null;
    try {
      destination = legs.destination(UUID.fromString(legId));
    } catch (IllegalArgumentException e) {
      // not a leg id: say so below rather than fail the whole transcript
    }
    return destination == null ? "the answering leg" : destination;
  }

  /** "5" for 5000 ms, "0.3" for 300 ms: the timeout as the node's author would say it. */
  private static String seconds(String millis) {
    try {
      return BigDecimal.valueOf(Long.parseLong(millis), 3).stripTrailingZeros().toPlainString();
    } catch (NumberFormatException e) {
      return "?";
    }
  }

  /** "2.0" for 2000 ms: a recording's length to a tenth of a second. */
  private static String tenths(String millis) {
    try {
      return BigDecimal.valueOf(Long.parseLong(millis), 3)
          .setScale(1, java.math.RoundingMode.HALF_UP)
          .toPlainString();
    } catch (NumberFormatException e) {
      return "?";
    }
  }

  /** "Call ended: normal (hung up by flow)"; before the record is read, what the event tells. */
  private String endText(String content) {
    if (record == null || record.hangupReason() == null) {
      return "caller".equals(content) ? "Call ended (caller hung up)" : "Call ended";
    }
    String by = record.hangupBy() == HangupBy.REMOTE ? "caller hung up" : "hung up by flow";
    String text =
        "Call ended: " + record.hangupReason().name().toLowerCase(Locale.ROOT) + " (" + by + ")";
    return record.rejectReason() == null ? text : text + " — " + record.rejectReason();
  }

  private static CallStep withEnd(CallStep step, StepEnd end) {
    return new CallStep(
        step.callId(),
        step.seq(),
        step.nodeId(),
        step.nodeType(),
        step.startedAt(),
        end.endedAt(),
        end.outcome());
  }
}
