package dev.dialtone.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The offline scenario runner from a user's point of view: {@code java -jar dialtone.jar test} on a
 * 20-node flow with N scenarios (default 100), wall time including the JVM's start, several runs. A
 * program that prints figures, never a test.
 */
public final class ScenarioBenchmark {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String[] DEPARTMENTS = {"sales", "support", "billing", "press"};

  private ScenarioBenchmark() {}

  public static void main(String[] args) throws Exception {
    int scenarios = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int runs = Integer.getInteger("bench.runs", 3);
    Path jar = Path.of(System.getProperty("dialtone.jar", "../designer-ui/target/dialtone.jar"));
    Path file = Files.createTempFile("scenario-bench-", ".json");
    Files.writeString(file, flowFile(scenarios).toPrettyString());
    System.out.printf(
        Locale.ROOT,
        "offline runner: 20-node flow, %d scenarios, %d cores, load %.2f%n",
        scenarios,
        Runtime.getRuntime().availableProcessors(),
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    for (int run = 1; run <= runs; run++) {
      long started = System.nanoTime();
      Process process =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-XX:+UseZGC",
                  "-jar",
                  jar.toString(),
                  "test",
                  file.toString())
              .redirectErrorStream(true)
              .start();
      List<String> output = new String(process.getInputStream().readAllBytes()).lines().toList();
      process.waitFor(10, TimeUnit.MINUTES);
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "run %d: exit %d, wall %.1f s including JVM start — %s%n",
          run,
          process.exitValue(),
          seconds,
          output.isEmpty() ? "" : output.getLast());
    }
    Files.delete(file);
  }

  /**
   * start → welcome → menu → key → route, four departments of talk → talk → hangup, and a retry
   * branch (retry → again → back to the menu once, then bye): 20 nodes. Scenario i presses the key
   * of department i mod 4 and expects its path and prompts.
   */
  static ObjectNode flowFile(int scenarios) {
    ObjectNode flow = JSON.createObjectNode();
    flow.put("format", "dialtone.flow/1");
    flow.put("name", "Scenario benchmark");
    ArrayNode nodes = flow.putArray("nodes");
    ArrayNode edges = flow.putArray("edges");
    node(nodes, "start", "start");
    talk(nodes, "welcome", "Welcome to the benchmark line.");
    talk(nodes, "menu", "Press one to four, please.");
    ObjectNode key = node(nodes, "key", "digits");
    key.putObject("options").put("timeout_ms", 5000).put("max_digits", 1).put("variable", "digits");
    ObjectNode route = node(nodes, "route", "branch");
    ArrayNode cases = route.putObject("options").put("variable", "digits").putArray("cases");
    edge(edges, "start", null, "welcome");
    edge(edges, "welcome", null, "menu");
    edge(edges, "menu", null, "key");
    edge(edges, "key", null, "route");
    for (int d = 0; d < DEPARTMENTS.length; d++) {
      String name = DEPARTMENTS[d];
      cases.add(Integer.toString(d + 1));
      talk(nodes, name + "_hello", "This is " + name + ", hello.");
      talk(nodes, name + "_bye", "Thank you, goodbye.");
      node(nodes, name + "_end", "hangup");
      edge(edges, "route", Integer.toString(d + 1), name + "_hello");
      edge(edges, name + "_hello", null, name + "_bye");
      edge(edges, name + "_bye", null, name + "_end");
    }
    talk(nodes, "retry", "Sorry, once more.");
    node(nodes, "again", "goto").putObject("options").put("count", 1);
    node(nodes, "bye", "hangup");
    edge(edges, "route", "default", "retry");
    edge(edges, "retry", null, "again");
    edge(edges, "again", "loop", "menu");
    edge(edges, "again", "done", "bye");
    ArrayNode list = flow.putArray("scenarios");
    for (int i = 0; i < scenarios; i++) {
      int d = i % DEPARTMENTS.length;
      String name = DEPARTMENTS[d];
      ObjectNode scenario = list.addObject();
      scenario.put("name", "caller " + (i + 1) + " presses " + (d + 1));
      scenario.putArray("caller").addObject().put("at", "key").put("press", "" + (d + 1));
      ObjectNode expect = scenario.putObject("expect");
      List<String> path = new ArrayList<>(List.of("start", "welcome", "menu", "key", "route"));
      path.addAll(List.of(name + "_hello", name + "_bye", name + "_end"));
      path.forEach(expect.putArray("path")::add);
      expect
          .putArray("heard")
          .add("Welcome to the benchmark line.")
          .add("Press one…")
          .add("This is " + name + ", hello.")
          .add("Thank you, goodbye.");
      expect.put("hangup_by", "local");
    }
    return flow;
  }

  private static ObjectNode node(ArrayNode nodes, String id, String type) {
    return nodes.addObject().put("id", id).put("type", type);
  }

  private static void talk(ArrayNode nodes, String id, String text) {
    node(nodes, id, "talk").putObject("options").put("text", text);
  }

  private static void edge(ArrayNode edges, String from, String port, String to) {
    ObjectNode edge = edges.addObject().put("from", from).put("to", to);
    if (port != null) {
      edge.put("port", port);
    }
  }
}
