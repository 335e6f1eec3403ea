package dev.dialtone.runtime.calls;

/** Kinds of transcript line. The column has no CHECK, so a new kind is only a new constant here. */
public enum CallEventType {
  TALK,
  PLAY,
  DIGITS,
  /** A digits node timed out with no key pressed; the content is the timeout in milliseconds. */
  NO_INPUT,
  HANGUP
}
