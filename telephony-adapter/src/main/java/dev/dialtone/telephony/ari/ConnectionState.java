package dev.dialtone.telephony.ari;

import java.time.Instant;

/**
 * Whether the events WebSocket to Asterisk is open: calls can only arrive while it is.
 *
 * @param detail why it is not up (the last error), or empty
 */
public record ConnectionState(Status status, String detail, Instant since) {

  public enum Status {
    CONNECTING,
    UP,
    DOWN
  }

  public boolean isUp() {
    return status == Status.UP;
  }
}
