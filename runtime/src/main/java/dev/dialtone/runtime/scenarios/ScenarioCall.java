package dev.dialtone.runtime.scenarios;

import dev.dialtone.runtime.calls.CallJournal;
import dev.dialtone.runtime.calls.CallStep;
import dev.dialtone.runtime.problems.ConflictException;
import dev.dialtone.runtime.scenarios.ScenarioResult.CheckResult;
import dev.dialtone.runtime.scenarios.ScenarioResult.Difference;
import dev.dialtone.runtime.scenarios.ScenarioResult.StepResult;
import dev.dialtone.runtime.simulator.SimulatorService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/** One scenario as one simulated call: places it, plays the caller's steps, checks the result. */
final class ScenarioCall {

  /** After the runner hangs up a call that ran too long, how long its end may take to arrive. */
  private static final Duration END_GRACE = Duration.ofSeconds(30);

  private static final List<String> ORDER = List.of("path", "heard", "step", "hangup_by", "end");

  private final Scenario scenario;
  private final SimulatorService simulator;
  private final CallJournal journal;
  private final List<StepResult> steps = new ArrayList<>();
  private final List<CheckResult> checks = new ArrayList<>();
  private final List<Difference> differences = new ArrayList<>();

  ScenarioCall(Scenario scenario, SimulatorService simulator, CallJournal journal) {
    this.scenario = scenario;
    this.simulator = simulator;
    this.journal = journal;
  }

  ScenarioResult run(Supplier<UUID> place, Function<UUID, CallFacts> factsOf)
      throws InterruptedException {
    long started = System.nanoTime();
    long deadline = started + Duration.ofMillis(scenario.maxMs()).toNanos();
    Instant placedAt = Instant.now();
    UUID callId = place.get();
    CallFacts facts = factsOf.apply(callId);
    playCaller(callId, facts, placedAt, deadline);
    if (facts.awaitEnd(deadline)) {
      checks.add(new CheckResult("end", true, "the call ended"));
    } else {
      hangUp(callId);
      facts.awaitEnd(System.nanoTime() + END_GRACE.toNanos());
      String detail = "the call was still running after " + scenario.maxMs() + " ms (max_ms)";
      checks.add(new CheckResult("end", false, detail));
      differences.add(
          new Difference(
              "end",
              -1,
              "the call ends within " + scenario.maxMs() + " ms",
              "still running",
              lastNode(facts)));
    }
    journal.flush();
    ScenarioCheck expected = ScenarioCheck.of(scenario.expect(), facts);
    checks.addAll(0, expected.checks());
    differences.addAll(expected.differences());
    differences.sort(Comparator.comparingInt(d -> ORDER.indexOf(d.check())));
    return new ScenarioResult(
        scenario.name(),
        differences.isEmpty(),
        List.copyOf(steps),
        List.copyOf(checks),
        differences.isEmpty() ? null : differences.getFirst(),
        facts.path().stream().map(CallStep::nodeId).toList(),
        facts.heard().stream().map(e -> e.content()).toList(),
        facts.hangupBy(),
        Duration.ofNanos(System.nanoTime() - started).toMillis());
  }

  private void playCaller(UUID callId, CallFacts facts, Instant placedAt, long deadline)
      throws InterruptedException {
    Instant previous = placedAt;
    int anchor = 0;
    for (int i = 0; i < scenario.caller().size(); i++) {
      CallerStep step = scenario.caller().get(i);
      Instant base = previous;
      if (step.at() != null) {
        Optional<CallFacts.NodeStart> start =
            facts.awaitNode(step.at(), step.visit(), anchor, deadline);
        if (start.isEmpty()) {
          fail(
              i,
              step,
              facts,
              "the call "
                  + (facts.ended() ? "ended" : "was still elsewhere")
                  + " without reaching node '"
                  + step.at()
                  + "'");
          skipRest(i + 1);
          return;
        }
        anchor = start.get().index();
        base = start.get().at();
      }
      Duration wait = Duration.between(Instant.now(), base.plusMillis(step.afterMs()));
      if (System.nanoTime() + wait.toNanos() > deadline) {
        fail(i, step, facts, "max_ms passed before the step was due");
        skipRest(i + 1);
        return;
      }
      if (wait.isPositive()) {
        Thread.sleep(wait);
      }
      String node = lastNode(facts);
      if (facts.ended() || !act(callId, step)) {
        fail(i, step, facts, "the call had already ended");
        skipRest(i + 1);
        return;
      }
      previous = Instant.now();
      steps.add(
          new StepResult(
              i + 1,
              step.describe(),
              true,
              (step.hangsUp() ? "hung up" : "pressed " + step.keys())
                  + (node == null ? "" : " during node '" + node + "'")));
    }
  }

  /** Presses or hangs up; false when the call is no longer live. */
  private boolean act(UUID callId, CallerStep step) {
    try {
      if (step.hangsUp()) {
        simulator.hangup(callId);
      } else {
        simulator.pressDigits(callId, step.keys());
      }
      return true;
    } catch (ConflictException e) {
      return false;
    }
  }

  private void hangUp(UUID callId) {
    try {
      simulator.hangup(callId);
    } catch (ConflictException e) {
      // it ended by itself meanwhile
    }
  }

  private void fail(int index, CallerStep step, CallFacts facts, String why) {
    steps.add(new StepResult(index + 1, step.describe(), false, why));
    differences.add(new Difference("step", index + 1, step.describe(), why, lastNode(facts)));
  }

  private void skipRest(int from) {
    for (int i = from; i < scenario.caller().size(); i++) {
      steps.add(new StepResult(i + 1, scenario.caller().get(i).describe(), false, "not run"));
    }
  }

  private static String lastNode(CallFacts facts) {
    List<CallStep> path = facts.path();
    return path.isEmpty() ? null : path.getLast().nodeId();
  }
}
