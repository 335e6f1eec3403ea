package dev.dialtone.telephony;

import java.util.Objects;

/**
 * A step of an outbound channel: it rings at the far end, the far end answered, or it failed for
 * good (the channel is then gone) with the reason in the call lifecycle's words.
 *
 * @param failure why it failed ({@link HangupCause#BUSY}, {@link HangupCause#NOANSWER} for a
 *     rejected call, {@link HangupCause#DIALOUT} when the dial timeout ran out, {@link
 *     HangupCause#FAILED} when it could not be placed); null unless {@code state} is FAILED
 */
public record DialProgress(State state, HangupCause failure) {

  public enum State {
    RINGING,
    ANSWERED,
    FAILED
  }

  public DialProgress {
    Objects.requireNonNull(state);
    if ((state == State.FAILED) != (failure != null)) {
      throw new IllegalArgumentException("a failure cause goes with FAILED only");
    }
  }

  public static DialProgress ringing() {
    return new DialProgress(State.RINGING, null);
  }

  public static DialProgress answered() {
    return new DialProgress(State.ANSWERED, null);
  }

  public static DialProgress failed(HangupCause cause) {
    return new DialProgress(State.FAILED, Objects.requireNonNull(cause));
  }
}
