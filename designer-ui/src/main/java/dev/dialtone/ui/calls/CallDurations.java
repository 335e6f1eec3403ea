package dev.dialtone.ui.calls;

import dev.dialtone.runtime.calls.CallRecord;
import java.time.Duration;
import java.time.Instant;

/**
 * How long a call rang, talked and lasted in all. Ringing runs from the first ring (or the start,
 * for a call that never reported one) until the answer or the end; talking from the answer to the
 * end. A live call counts until {@code now}; a part that never happened is null.
 */
record CallDurations(Duration ring, Duration talk, Duration total) {

  static CallDurations of(CallRecord call, Instant now) {
    Instant end = call.tmHangup() != null ? call.tmHangup() : now;
    Instant ringFrom = call.tmRinging() != null ? call.tmRinging() : call.tmCreate();
    Instant answered = call.tmProgressing();
    Duration ring =
        call.tmRinging() == null && answered == null && call.tmHangup() == null
            ? null
            : between(ringFrom, answered != null ? answered : end);
    Duration talk = answered == null ? null : between(answered, end);
    return new CallDurations(ring, talk, between(call.tmCreate(), end));
  }

  /** "0:07", "12:30", "1:02:03"; a dash for a part that never happened. */
  static String text(Duration duration) {
    if (duration == null) {
      return "—";
    }
    long seconds = duration.toSeconds();
    long hours = seconds / 3600;
    String minutesAndSeconds = String.format("%d:%02d", (seconds / 60) % 60, seconds % 60);
    return hours == 0
        ? minutesAndSeconds
        : String.format("%d:%02d:%02d", hours, (seconds / 60) % 60, seconds % 60);
  }

  private static Duration between(Instant from, Instant to) {
    Duration duration = Duration.between(from, to);
    return duration.isNegative() ? Duration.ZERO : duration;
  }
}
