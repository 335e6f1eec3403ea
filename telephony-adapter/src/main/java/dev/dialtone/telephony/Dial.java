package dev.dialtone.telephony;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * An outbound call to place.
 *
 * @param channelId the id the new channel gets (chosen by the runtime)
 * @param callerId the number shown to the called party
 * @param timeout how long it may ring before it fails with {@link HangupCause#DIALOUT}
 * @param arguments like {@link IncomingCall#arguments()}: what the runtime wants back with events
 */
public record Dial(
    String channelId,
    Destination destination,
    String callerId,
    Duration timeout,
    Map<String, String> arguments) {

  public Dial {
    Objects.requireNonNull(channelId);
    Objects.requireNonNull(destination);
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("a dial timeout must be positive, got " + timeout);
    }
    arguments = Map.copyOf(arguments);
  }
}
