package dev.dialtone.runtime.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a benchmark's CPU went: the CPU time of the live threads summed by name with the digits
 * dropped ({@code zb-actors-0} → {@code zb-actors-}), taken before and after a measured run. Work
 * on virtual threads counts under their carriers ({@code ForkJoinPool--worker-}); what no thread
 * line shows went to the JIT compilers and the garbage collector.
 */
final class CpuByThread {

  private final Map<String, Long> nanos;

  private CpuByThread(Map<String, Long> nanos) {
    this.nanos = nanos;
  }

  static CpuByThread now() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<String, Long> groups = new TreeMap<>();
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info == null) {
        continue;
      }
      long used = threads.getThreadCpuTime(info.getThreadId());
      if (used > 0) {
        groups.merge(info.getThreadName().replaceAll("[0-9]+", ""), used, Long::sum);
      }
    }
    return new CpuByThread(groups);
  }

  /**
   * The CPU each thread group used since {@code before}, in ms per call; groups under 0.01 left
   * out.
   */
  String perCallSince(CpuByThread before, int calls) {
    StringBuilder line = new StringBuilder("      cpu-ms/call by thread:");
    nanos.forEach(
        (group, used) -> {
          double perCall = (used - before.nanos.getOrDefault(group, 0L)) / 1e6 / calls;
          if (perCall >= 0.01) {
            line.append(String.format(Locale.ROOT, " %s %.2f", group, perCall));
          }
        });
    return line.toString();
  }
}
