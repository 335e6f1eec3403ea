package dev.dialtone.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar dialtone.jar test flow.json --junit report.xml} as CI runs it: the packaged jar
 * as its own process, no server, no database; the exit code says passed (0), failed (1) or bad
 * input (2).
 */
class ScenarioCommandIT {

  @TempDir Path dir;

  @Test
  void passingScenariosExitZeroAndWriteJunitXml() throws Exception {
    Run run = run("seed-ivr.json", "--junit", dir.resolve("report.xml").toString());

    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.out()).contains("PASS  press 2 for support", "2 scenarios: 2 passed, 0 failed");
    String report = Files.readString(dir.resolve("report.xml"));
    assertThat(report).contains("tests=\"2\"", "failures=\"0\"", "name=\"press 2 for support\"");
  }

  @Test
  void aFailingScenarioExitsOneAndNamesTheNodeWhereTheCallWentElse() throws Exception {
    Run run = run("seed-ivr-failing.json", "--junit", dir.resolve("report.xml").toString());

    assertThat(run.exit()).as(run.toString()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            "FAIL  press 2 expecting sales",
            "first difference: path 5: expected 'sales', got 'support' at node 'support'",
            "PASS  press 3 for billing");
    assertThat(Files.readString(dir.resolve("report.xml")))
        .contains("failures=\"1\"", "<failure message=\"path 5: expected 'sales'");
  }

  @Test
  void badInputExitsTwoNamingScenarioStepAndField() throws Exception {
    Run badStep = run("seed-ivr-bad-step.json");
    Run missing = run(dir.resolve("nothing-here.json").toString());

    assertThat(badStep.exit()).as(badStep.toString()).isEqualTo(2);
    assertThat(badStep.err())
        .contains(
            "scenarios[0].caller[0].at: scenario 'press 2 for support': step 1: the flow has no node 'manu'");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("cannot read");
  }

  record Run(int exit, String out, String err) {}

  /** Runs the jar on a fixture (copied out of the classpath) or on a path as given. */
  private Run run(String fixtureOrPath, String... more) throws Exception {
    String flow = fixtureOrPath;
    try (InputStream in = getClass().getResourceAsStream("/scenarios/" + fixtureOrPath)) {
      if (in != null) {
        Path copy = dir.resolve(fixtureOrPath);
        Files.write(copy, in.readAllBytes());
        flow = copy.toString();
      }
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar().toString());
    command.add("test");
    command.add(flow);
    command.addAll(List.of(more));
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(dir.resolve("out.txt").toFile())
            .redirectError(dir.resolve("err.txt").toFile())
            .start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("dialtone test did not finish within 5 minutes");
    }
    return new Run(process.exitValue(), read("out.txt"), read("err.txt"));
  }

  private String read(String name) throws IOException {
    return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
  }

  private static Path jar() {
    return Path.of(System.getProperty("dialtone.jar", "../designer-ui/target/dialtone.jar"));
  }
}
