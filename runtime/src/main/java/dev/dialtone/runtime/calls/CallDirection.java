package dev.dialtone.runtime.calls;

public enum CallDirection {
  INCOMING,
  OUTGOING
}
