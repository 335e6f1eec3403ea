package dev.dialtone.runtime.flows;

/** The outcome of {@link FlowRepository#update}: callers switch over it exhaustively. */
public sealed interface FlowUpdate {

  record Updated(StoredFlow flow) implements FlowUpdate {}

  /** Someone saved first; the row is untouched and {@code currentRevision} is what they left. */
  record StaleRevision(int currentRevision) implements FlowUpdate {}

  record NotFound() implements FlowUpdate {}
}
