package dev.dialtone.runtime.scenarios;

import java.util.List;

/**
 * How one scenario went.
 *
 * @param steps each caller step, done or not
 * @param checks each expected part (path, heard, hangup_by, the end of the call)
 * @param firstDifference the first place where the call did not do what was expected; null when it
 *     passed
 * @param path the nodes the call actually ran
 * @param heard what the caller actually heard
 * @param hangupBy who actually hung up
 * @param durationMs how long the scenario took
 */
public record ScenarioResult(
    String name,
    boolean passed,
    List<StepResult> steps,
    List<CheckResult> checks,
    Difference firstDifference,
    List<String> path,
    List<String> heard,
    String hangupBy,
    long durationMs) {

  /** A caller step: {@code detail} says what happened (pressed at which node, or why not). */
  public record StepResult(int step, String action, boolean passed, String detail) {}

  /** One expected part of the call. */
  public record CheckResult(String check, boolean passed, String detail) {}

  /**
   * Where the call first went differently.
   *
   * @param check which part ({@code path}, {@code heard}, {@code hangup_by}, {@code step}, {@code
   *     end})
   * @param index the position in that list (the step number for a step), or -1
   * @param expected what was expected there
   * @param actual what happened instead
   * @param nodeId the node where it diverged (to highlight on the canvas), null when unknown
   */
  public record Difference(
      String check, int index, String expected, String actual, String nodeId) {}
}
