package dev.dialtone.runtime.scenarios;

import dev.dialtone.runtime.scenarios.ScenarioResult.Difference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Scenario results as lines of text for a terminal or a CI log. */
final class ScenarioSummary {

  private ScenarioSummary() {}

  static List<String> lines(List<ScenarioResult> results, long millis) {
    List<String> lines = new ArrayList<>();
    for (ScenarioResult result : results) {
      lines.add(
          (result.passed() ? "PASS  " : "FAIL  ")
              + result.name()
              + String.format(Locale.ROOT, " (%.1f s)", result.durationMs() / 1000.0));
      if (!result.passed()) {
        lines.add("      first difference: " + difference(result.firstDifference()));
        details(result).forEach(line -> lines.add("      " + line));
      }
    }
    long failed = results.stream().filter(r -> !r.passed()).count();
    lines.add(
        String.format(
            Locale.ROOT,
            "%d scenarios: %d passed, %d failed (%.1f s)",
            results.size(),
            results.size() - failed,
            failed,
            millis / 1000.0));
    return lines;
  }

  static String difference(Difference d) {
    if (d == null) {
      return "none";
    }
    String where =
        d.index() >= 0 ? " " + (d.check().equals("step") ? d.index() : d.index() + 1) : "";
    return d.check()
        + where
        + ": expected "
        + (d.expected() == null ? "nothing more" : "'" + d.expected() + "'")
        + ", got "
        + (d.actual() == null ? "nothing more" : "'" + d.actual() + "'")
        + (d.nodeId() == null ? "" : " at node '" + d.nodeId() + "'");
  }

  /** Every step and check that failed, then what the call did. */
  static List<String> details(ScenarioResult result) {
    List<String> lines = new ArrayList<>();
    result.steps().stream()
        .filter(s -> !s.passed())
        .forEach(s -> lines.add("step " + s.step() + " (" + s.action() + "): " + s.detail()));
    result.checks().stream()
        .filter(c -> !c.passed())
        .forEach(c -> lines.add(c.check() + ": " + c.detail()));
    lines.add("path: " + String.join(" → ", result.path()));
    lines.add("hung up by: " + result.hangupBy());
    return lines;
  }
}
