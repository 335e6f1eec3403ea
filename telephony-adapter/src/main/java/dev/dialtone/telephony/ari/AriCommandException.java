package dev.dialtone.telephony.ari;

/** Asterisk refused or failed a command (other than "that channel is gone"). */
public class AriCommandException extends RuntimeException {

  private final int status;

  public AriCommandException(String command, int status, String message, Throwable cause) {
    super(
        command + " failed" + (status > 0 ? " (HTTP " + status + ")" : "") + ": " + message, cause);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
