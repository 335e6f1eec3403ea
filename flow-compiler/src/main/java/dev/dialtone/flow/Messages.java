package dev.dialtone.flow;

/** BPMN messages the runtime publishes into a call leg's process instance. */
public final class Messages {

  /** The caller hung up; correlation key is the {@link ProcessVariables#CALL_ID}. */
  public static final String CALL_HANGUP = "call_hangup";

  /**
   * A groupcall or connect node's dialing is over (the bridge ended, or nobody answered);
   * correlation key is the {@link ProcessVariables#CALL_ID}, variables {@link
   * ProcessVariables#DIAL_OUTCOME} and {@link ProcessVariables#ANSWERED_CALL_ID}.
   */
  public static final String BRIDGE_ENDED = "dialtone.bridge-ended";

  private Messages() {}
}
