package dev.dialtone.telephony.ari.fake;

import java.time.Duration;

/** How the called party of an originated channel behaves. */
public sealed interface FarEnd {

  /** Rings for a while, then answers; hangs up after {@code talk} (null: stays until hung up). */
  record Answers(Duration after, Duration talk) implements FarEnd {}

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
    return new Answers(after, null);
  }

  /** Answers after {@code after}, then hangs up itself {@code talk} later (cause 16). */
  static FarEnd answersAfter(Duration after, Duration talk) {
    return new Answers(after, talk);
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
