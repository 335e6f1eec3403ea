package dev.dialtone.runtime.calls;

/** Kinds of transcript line. The column has no CHECK, so a new kind is only a new constant here. */
public enum CallEventType {
  TALK,
  PLAY,
  DIGITS,
  HANGUP
}
