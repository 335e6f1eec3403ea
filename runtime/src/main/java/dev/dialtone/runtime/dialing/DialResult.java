package dev.dialtone.runtime.dialing;

import java.util.List;
import java.util.UUID;

/**
 * How a groupcall ended for the caller's flow.
 *
 * @param answeredCallId the leg that was bridged; null unless ANSWERED
 * @param legs every chained leg dialed, in the order they were dialed
 */
public record DialResult(Outcome outcome, UUID answeredCallId, List<UUID> legs) {

  public enum Outcome {
    /** Someone answered, was bridged, and has hung up; the caller's flow goes on. */
    ANSWERED,
    /** Nobody answered; the caller's flow goes on by no_answer. */
    NO_ANSWER,
    /** The caller hung up first: every chained leg ended, the flow ends with the call. */
    CALLER_HUNG_UP
  }

  public DialResult {
    legs = List.copyOf(legs);
  }
}
