package dev.dialtone.runtime.scenarios;

import dev.dialtone.flow.FlowCompiler;
import dev.dialtone.flow.Problem;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * {@code dialtone test flow.json [--junit report.xml]}: runs the scenarios of an exported flow file
 * with no server and no database — the in-process engine, the production workers, the simulated
 * telephony — prints a summary and exits 0 when all pass, 1 when one fails, 2 on bad input.
 */
public final class ScenarioCommand {

  public static final int PASSED = 0;
  public static final int FAILED = 1;
  public static final int BAD_INPUT = 2;

  static final String USAGE = "usage: dialtone test <flow.json> [--junit <report.xml>]";

  private final PrintStream out;
  private final PrintStream err;

  public ScenarioCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    QuietLogs.apply();
    System.exit(new ScenarioCommand(System.out, System.err).run(args));
  }

  /** Runs the command; returns the exit code. */
  public int run(String[] args) {
    long started = System.nanoTime();
    Path flowPath = null;
    Path junit = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--junit") && i + 1 < args.length) {
        junit = Path.of(args[++i]);
      } else if (!args[i].startsWith("--") && flowPath == null) {
        flowPath = Path.of(args[i]);
      } else {
        err.println("unknown argument '" + args[i] + "'\n" + USAGE);
        return BAD_INPUT;
      }
    }
    if (flowPath == null) {
      err.println(USAGE);
      return BAD_INPUT;
    }
    String json;
    try {
      json = Files.readString(flowPath);
    } catch (IOException e) {
      err.println("cannot read " + flowPath + ": " + e);
      return BAD_INPUT;
    }
    FlowFile file = FlowFile.read(json, new FlowCompiler());
    if (!file.problems().isEmpty()) {
      err.println(flowPath + " has " + file.problems().size() + " problem(s):");
      file.problems().forEach(p -> err.println("  " + describe(p)));
      return BAD_INPUT;
    }
    if (file.scenarios().isEmpty()) {
      err.println(flowPath + " has no scenarios to run (add a \"scenarios\" list)");
      return BAD_INPUT;
    }
    List<ScenarioResult> results;
    try (OfflineRuntime runtime = new OfflineRuntime()) {
      out.printf(
          java.util.Locale.ROOT,
          "engine ready after %.1f s; running %d scenarios%n",
          (System.nanoTime() - started) / 1e9,
          file.scenarios().size());
      results = runtime.runner().run(UUID.randomUUID(), file.document(), file.scenarios());
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    ScenarioSummary.lines(results, millis).forEach(out::println);
    if (junit != null) {
      try {
        JunitReport.write(junit, file.document().name(), results, millis);
      } catch (IOException e) {
        err.println("cannot write the JUnit report: " + e.getMessage());
        return BAD_INPUT;
      }
    }
    return results.stream().allMatch(ScenarioResult::passed) ? PASSED : FAILED;
  }

  private static String describe(Problem problem) {
    String where =
        problem.nodeId() != null
            ? "node '"
                + problem.nodeId()
                + "'"
                + (problem.field() == null ? "" : ", " + problem.field())
            : problem.field() == null ? "document" : problem.field();
    return where + ": " + problem.message() + " [" + problem.code() + "]";
  }
}
