package dev.dialtone.runtime.numbers;

public enum CreateNumberResult {
  CREATED,
  /** The number is already registered; nothing was changed. */
  ALREADY_EXISTS,
  /** The flow to assign does not exist; nothing was stored. */
  FLOW_NOT_FOUND
}
