package dev.dialtone.runtime.calls;

public enum HangupBy {
  LOCAL,
  REMOTE
}
