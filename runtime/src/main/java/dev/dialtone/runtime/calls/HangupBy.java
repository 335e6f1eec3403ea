package dev.dialtone.runtime.calls;

import java.util.Locale;

/** Which side ended a call: we did (local) or the far end did (remote). */
public enum HangupBy {
  LOCAL,
  REMOTE;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
