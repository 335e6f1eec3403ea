package dev.dialtone.telephony;

import java.time.Duration;

/**
 * A finished recording: its name (to fetch it with {@link CallControl#recordingAudio}) and how long
 * it lasts; {@code end} says what stopped it.
 */
public record RecordedAudio(String name, Duration duration, End end) {

  public enum End {
    MAX_DURATION,
    SILENCE,
    FINISH_KEY,
    STOPPED,
    HANGUP
  }
}
