package dev.dialtone.runtime.flows;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a publish (or roll back) did: the new version, and the calls still running on older versions
 * — publishing never moves a live call, so people should know those finish on the old one.
 */
public record Publication(int version, List<RunningCalls> stillRunning) {

  public Publication {
    stillRunning = List.copyOf(stillRunning);
  }

  /** For example "14 calls are still running on version 3; they finish on it." Empty: none. */
  public String runningMessage() {
    return stillRunning.stream().map(Publication::sentence).collect(Collectors.joining(" "));
  }

  private static String sentence(RunningCalls running) {
    return running.count() == 1
        ? "1 call is still running on version " + running.version() + "; it finishes on it."
        : running.count()
            + " calls are still running on version "
            + running.version()
            + "; they finish on it.";
  }
}
