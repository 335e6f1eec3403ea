package dev.dialtone.runtime.dialing;

/**
 * When the answer of a groupcall arrived and what followed, in {@link System#nanoTime()}: what the
 * benchmark measures.
 *
 * @param losersGoneNanos when every other leg had been hung up (= answered when there was none)
 */
public record DialTimings(long answeredNanos, long bridgedNanos, long losersGoneNanos) {}
