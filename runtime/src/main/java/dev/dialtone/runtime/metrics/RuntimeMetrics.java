package dev.dialtone.runtime.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * The figures that tell whether callers are served well: dead air (the silence between the end of
 * one prompt and the start of the next action), call setup time, live legs and how calls ended.
 * Kept twice: as Micrometer meters for monitoring ({@code /actuator/prometheus}), and as raw
 * samples that the benchmark reads percentiles from.
 */
public final class RuntimeMetrics {

  private final LatencyRecorder deadAir = new LatencyRecorder(1 << 20);
  private final LatencyRecorder callSetup = new LatencyRecorder(1 << 20);
  private final MeterRegistry registry;
  private final Timer deadAirTimer;
  private final Timer callSetupTimer;

  /** Without monitoring (benchmarks, tests). */
  public RuntimeMetrics() {
    this(new SimpleMeterRegistry());
  }

  public RuntimeMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.deadAirTimer =
        Timer.builder("dialtone.dead.air")
            .description("Silence from the end of a prompt to the start of the next action")
            .publishPercentileHistogram()
            .register(registry);
    this.callSetupTimer =
        Timer.builder("dialtone.call.setup")
            .description("From a call reaching the runtime to its first action")
            .publishPercentileHistogram()
            .register(registry);
  }

  /** Publishes the number of live call legs as {@code dialtone_active_legs}. */
  public void watchActiveLegs(IntSupplier legs) {
    Gauge.builder("dialtone.active.legs", legs, IntSupplier::getAsInt)
        .description("Call legs in progress on this runtime")
        .register(registry);
  }

  public void recordDeadAir(long nanos) {
    deadAir.record(nanos);
    deadAirTimer.record(nanos, TimeUnit.NANOSECONDS);
  }

  public void recordCallSetup(long nanos) {
    callSetup.record(nanos);
    callSetupTimer.record(nanos, TimeUnit.NANOSECONDS);
  }

  /** A call ended; counted by its hangup_reason ({@code dialtone_calls_total{reason=…}}). */
  public void callEnded(Enum<?> hangupReason) {
    registry
        .counter("dialtone.calls", "reason", hangupReason.name().toLowerCase(Locale.ROOT))
        .increment();
  }

  public LatencyRecorder deadAir() {
    return deadAir;
  }

  /** From the call reaching the runtime to its first action starting. */
  public LatencyRecorder callSetup() {
    return callSetup;
  }
}
