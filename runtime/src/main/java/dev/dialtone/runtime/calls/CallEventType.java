package dev.dialtone.runtime.calls;

/** Kinds of transcript line. The column has no CHECK, so a new kind is only a new constant here. */
public enum CallEventType {
  TALK,
  PLAY,
  DIGITS,
  /** A digits node timed out with no key pressed; the content is the timeout in milliseconds. */
  NO_INPUT,
  /** A record node began recording the caller. */
  RECORD_STARTED,
  /** A record node's recording is stored; the content is its length in milliseconds. */
  RECORD_FINISHED,
  /**
   * The caller was bridged with a chained leg that answered (groupcall, connect); the content is
   * that leg's call id.
   */
  BRIDGED,
  HANGUP
}
