package dev.dialtone.runtime.calls;

/**
 * The seed API's call lifecycle. A call only moves to a higher rank; terminating and canceling
 * share a rank because they are alternative ways towards hangup, not steps after one another.
 */
public enum CallStatus {
  DIALING(0),
  RINGING(1),
  PROGRESSING(2),
  TERMINATING(3),
  CANCELING(3),
  HANGUP(4);

  private final int rank;

  CallStatus(int rank) {
    this.rank = rank;
  }

  public int rank() {
    return rank;
  }
}
