package dev.dialtone.runtime.calls;

public enum HangupReason {
  NORMAL,
  FAILED,
  BUSY,
  CANCEL,
  TIMEOUT,
  NOANSWER,
  DIALOUT
}
