package dev.dialtone.runtime.metrics;

import java.util.Arrays;

/**
 * Keeps latency samples (nanoseconds) for percentiles. Bounded: past {@code capacity} samples the
 * oldest are overwritten, so a long-running process does not grow.
 */
public final class LatencyRecorder {

  private final long[] samples;
  private long count;

  public LatencyRecorder(int capacity) {
    this.samples = new long[capacity];
  }

  public synchronized void record(long nanos) {
    samples[(int) (count % samples.length)] = nanos;
    count++;
  }

  public synchronized long count() {
    return count;
  }

  public synchronized void reset() {
    count = 0;
  }

  /** A copy of the kept samples, e.g. to merge several recorders' samples. */
  public synchronized long[] snapshot() {
    return Arrays.copyOf(samples, (int) Math.min(count, samples.length));
  }

  /** The p-th percentile (0..100) in nanoseconds over the kept samples, or -1 when empty. */
  public synchronized long percentile(double p) {
    int kept = (int) Math.min(count, samples.length);
    if (kept == 0) {
      return -1;
    }
    long[] sorted = Arrays.copyOf(samples, kept);
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * kept) - 1;
    return sorted[Math.max(0, Math.min(kept - 1, index))];
  }
}
