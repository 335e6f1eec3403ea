package dev.dialtone.telephony.sim;

import java.time.Duration;
import java.util.Objects;

/**
 * A phone the simulated telephony can ring: how it behaves when called at {@code address}.
 *
 * @param after how long it rings before it acts (answers, is busy, rejects)
 * @param talk how long it stays on the line once it answered before it hangs up; null: until the
 *     other side hangs up
 */
public record VirtualPhone(String address, Behavior behavior, Duration after, Duration talk) {

  public enum Behavior {
    /** Answers after {@code after}. */
    ANSWER,
    /** Fails with busy after {@code after}. */
    BUSY,
    /** Rings until the dial timeout runs out. */
    NOANSWER,
    /** Declines after {@code after} (no answer). */
    REJECT
  }

  public VirtualPhone {
    Objects.requireNonNull(address);
    Objects.requireNonNull(behavior);
    after = after == null ? Duration.ZERO : after;
    if (after.isNegative() || (talk != null && talk.isNegative())) {
      throw new IllegalArgumentException("durations of a virtual phone must not be negative");
    }
  }
}
