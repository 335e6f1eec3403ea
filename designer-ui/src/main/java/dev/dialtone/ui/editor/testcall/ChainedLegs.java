package dev.dialtone.ui.editor.testcall;

import dev.dialtone.runtime.calls.CallStatus;
import dev.dialtone.runtime.calls.HangupBy;
import dev.dialtone.runtime.calls.HangupReason;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The legs a test call dialed, folded from {@link CallFact.Leg} facts and the caller's {@code
 * bridged} transcript line. Like {@link CallRun}, it takes facts twice and out of order: a status
 * only moves forward, the first hang-up wins, and a destination once known stays. Not thread-safe.
 */
final class ChainedLegs {

  private final Map<UUID, Leg> legs = new LinkedHashMap<>();

  /** False when the fact told nothing new. */
  boolean apply(CallFact.Leg fact) {
    Leg leg = legs.computeIfAbsent(fact.legId(), Leg::new);
    boolean changed = false;
    if (fact.destination() != null && leg.destination == null) {
      leg.destination = fact.destination();
      changed = true;
    }
    if (fact.status() != null && (leg.status == null || fact.status().rank() > leg.status.rank())) {
      leg.status = fact.status();
      changed = true;
    }
    if (fact.reason() != null && leg.reason == null) {
      leg.reason = fact.reason();
      leg.by = fact.by();
      changed = true;
    }
    return changed;
  }

  /** The caller was bridged with this leg. */
  boolean bridged(UUID legId) {
    Leg leg = legs.computeIfAbsent(legId, Leg::new);
    if (leg.bridged) {
      return false;
    }
    leg.bridged = true;
    return true;
  }

  /** Where a leg went, for the transcript's "Connected to …" line; null while unknown. */
  String destination(UUID legId) {
    Leg leg = legs.get(legId);
    return leg == null ? null : leg.destination;
  }

  /** In the order they were dialed (the order their facts first arrived: records' creation). */
  List<LegLine> lines() {
    List<LegLine> lines = new ArrayList<>();
    for (Leg leg : legs.values()) {
      lines.add(leg.line());
    }
    return lines;
  }

  private static final class Leg {
    final UUID id;
    String destination;
    CallStatus status;
    HangupReason reason;
    HangupBy by;
    boolean bridged;

    Leg(UUID id) {
      this.id = id;
    }

    LegLine line() {
      String state = state();
      String why =
          reason == null
              ? null
              : lower(reason.name()) + (by == null ? "" : " (by " + lower(by.name()) + ")");
      return new LegLine(id, destination, state, why, bridged);
    }

    /**
     * What a person watching the call cares about: ringing, answered, bridged — and once it ended,
     * why (a bridged leg that hung up normally just "ended").
     */
    private String state() {
      if (reason != null || status == CallStatus.HANGUP) {
        return switch (reason == null ? HangupReason.NORMAL : reason) {
          case CANCEL -> "cancelled";
          case BUSY -> "busy";
          case DIALOUT -> "dialout";
          case FAILED -> "failed";
          case NOANSWER -> "rejected";
          case TIMEOUT -> "timeout";
          case NORMAL -> "ended";
        };
      }
      if (bridged) {
        return "bridged";
      }
      if (status == null) {
        return "dialing";
      }
      return switch (status) {
        case DIALING -> "dialing";
        case RINGING -> "ringing";
        case PROGRESSING -> "answered";
        case CANCELING -> "cancelling";
        case TERMINATING, HANGUP -> "ending";
      };
    }

    private static String lower(String name) {
      return name.toLowerCase(Locale.ROOT);
    }
  }
}
