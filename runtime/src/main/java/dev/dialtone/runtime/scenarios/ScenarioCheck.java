package dev.dialtone.runtime.scenarios;

import dev.dialtone.runtime.calls.CallEvent;
import dev.dialtone.runtime.calls.CallStep;
import dev.dialtone.runtime.scenarios.ScenarioResult.CheckResult;
import dev.dialtone.runtime.scenarios.ScenarioResult.Difference;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Compares what a call did with what its scenario expected: one check per expected part, each with
 * the first difference it found and the node where it happened.
 */
final class ScenarioCheck {

  private final List<CheckResult> checks = new ArrayList<>();
  private final List<Difference> differences = new ArrayList<>();

  /** The checks of {@code expect} against {@code facts}, in the order path, heard, hangup_by. */
  static ScenarioCheck of(Expectation expect, CallFacts facts) {
    ScenarioCheck check = new ScenarioCheck();
    List<CallStep> path = facts.path();
    List<String> nodes = path.stream().map(CallStep::nodeId).toList();
    String lastNode = nodes.isEmpty() ? null : nodes.getLast();
    if (expect.path() != null) {
      check.sequence("path", expect.path(), nodes, nodes, String::equals, lastNode);
    }
    if (expect.heard() != null) {
      List<CallEvent> heard = facts.heard();
      check.sequence(
          "heard",
          expect.heard(),
          heard.stream().map(CallEvent::content).toList(),
          heard.stream().map(CallEvent::nodeId).toList(),
          ScenarioCheck::heardMatches,
          lastNode);
    }
    if (expect.hangupBy() != null) {
      String actual = facts.hangupBy();
      boolean passed = expect.hangupBy().equals(actual);
      check.checks.add(
          new CheckResult(
              "hangup_by",
              passed,
              passed
                  ? "hung up by " + actual
                  : "expected " + expect.hangupBy() + ", got " + actual));
      if (!passed) {
        check.differences.add(
            new Difference("hangup_by", -1, expect.hangupBy(), String.valueOf(actual), lastNode));
      }
    }
    return check;
  }

  List<CheckResult> checks() {
    return checks;
  }

  List<Difference> differences() {
    return differences;
  }

  /** An expected line ending in an ellipsis matches any line that starts with the rest. */
  static boolean heardMatches(String expected, String actual) {
    for (String ellipsis : List.of("…", "...")) {
      if (expected.endsWith(ellipsis)) {
        String prefix = expected.substring(0, expected.length() - ellipsis.length()).strip();
        return actual.startsWith(prefix);
      }
    }
    return expected.equals(actual);
  }

  private void sequence(
      String name,
      List<String> expected,
      List<String> actual,
      List<String> nodeOf,
      BiPredicate<String, String> matches,
      String lastNode) {
    int size = Math.max(expected.size(), actual.size());
    for (int i = 0; i < size; i++) {
      String want = i < expected.size() ? expected.get(i) : null;
      String got = i < actual.size() ? actual.get(i) : null;
      if (want != null && got != null && matches.test(want, got)) {
        continue;
      }
      String node = got != null ? nodeOf.get(i) : lastNode;
      String detail =
          "item "
              + (i + 1)
              + ": expected "
              + (want == null ? "nothing more" : "'" + want + "'")
              + ", got "
              + (got == null ? "nothing more" : "'" + got + "'")
              + (node == null ? "" : " (at node '" + node + "')");
      checks.add(new CheckResult(name, false, detail));
      differences.add(new Difference(name, i, want, got, node));
      return;
    }
    checks.add(new CheckResult(name, true, actual.size() + " as expected"));
  }
}
