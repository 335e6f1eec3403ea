package dev.dialtone.telephony.ari.fake;

import java.time.Duration;

/** How the called party of an originated channel behaves. */
public sealed interface FarEnd {

  /** Rings for a while, then answers. */
  record Answers(Duration after) implements FarEnd {}

  /** Rings for a while, then rejects as busy (Q.850 cause 17). */
  record Busy(Duration after) implements FarEnd {}

  /** Rings until the originate times out. */
  record NeverAnswers() implements FarEnd {}

  /**
   * Nobody is there: the trunk refuses the number at once (a SIP 404: Q.850 cause 1, dial status
   * CHANUNAVAIL, as app_dial counts a cause it has no name for).
   */
  record Unreachable() implements FarEnd {}

  static FarEnd answersAfter(Duration after) {
    return new Answers(after);
  }

  static FarEnd busyAfter(Duration after) {
    return new Busy(after);
  }

  static FarEnd neverAnswers() {
    return new NeverAnswers();
  }

  static FarEnd unreachable() {
    return new Unreachable();
  }
}
