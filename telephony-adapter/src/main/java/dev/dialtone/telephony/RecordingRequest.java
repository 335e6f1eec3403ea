package dev.dialtone.telephony;

import java.time.Duration;
import java.util.Objects;

/**
 * What to record.
 *
 * @param name the recording's name, unique (chosen by the runtime)
 * @param maxDuration when the recording stops at the latest
 * @param endOfSilence how long the caller may stay silent before it stops; null: never
 * @param beep whether the caller hears a beep first
 * @param finishKeys keys that stop it (e.g. "#"); empty: none
 */
public record RecordingRequest(
    String name, Duration maxDuration, Duration endOfSilence, boolean beep, String finishKeys) {

  public RecordingRequest {
    Objects.requireNonNull(name);
    if (maxDuration == null || maxDuration.isNegative() || maxDuration.isZero()) {
      throw new IllegalArgumentException("a recording needs a positive maximum duration");
    }
    finishKeys = finishKeys == null ? "" : finishKeys;
  }
}
