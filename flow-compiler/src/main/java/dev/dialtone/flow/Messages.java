package dev.dialtone.flow;

/** BPMN messages the runtime publishes into a call leg's process instance. */
public final class Messages {

  /** The caller hung up; correlation key is the {@link ProcessVariables#CALL_ID}. */
  public static final String CALL_HANGUP = "call_hangup";

  private Messages() {}
}
