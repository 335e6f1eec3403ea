package dev.dialtone.runtime.numbers;

public enum AssignNumberResult {
  ASSIGNED,
  NUMBER_NOT_FOUND,
  /** The flow to assign does not exist; the number keeps its previous route. */
  FLOW_NOT_FOUND
}
