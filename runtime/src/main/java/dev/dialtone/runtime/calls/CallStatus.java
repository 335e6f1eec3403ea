package dev.dialtone.runtime.calls;

import java.util.Locale;

/** The seed call lifecycle; the order of the constants is the only order a call may take. */
public enum CallStatus {
  DIALING,
  RINGING,
  PROGRESSING,
  TERMINATING,
  CANCELING,
  HANGUP;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
