package dev.dialtone.runtime.metrics;

/**
 * The figures that tell whether callers are served well: dead air (the silence between the end of
 * one prompt and the start of the next action) and call setup time.
 */
public final class RuntimeMetrics {

  private final LatencyRecorder deadAir = new LatencyRecorder(1 << 20);
  private final LatencyRecorder callSetup = new LatencyRecorder(1 << 20);

  public LatencyRecorder deadAir() {
    return deadAir;
  }

  /** From the call reaching the runtime to its first action starting. */
  public LatencyRecorder callSetup() {
    return callSetup;
  }
}
