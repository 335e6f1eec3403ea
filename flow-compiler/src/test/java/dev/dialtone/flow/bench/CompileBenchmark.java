package dev.dialtone.flow.bench;

import dev.dialtone.flow.FlowCompiler;
import dev.dialtone.flow.ParseResult;
import dev.dialtone.flow.json.FlowJsonReader;
import dev.dialtone.flow.model.FlowDocument;
import java.util.Arrays;
import java.util.List;

/**
 * Prints how long parse → validate → lower → emit takes for talk/digits chains of the sizes given
 * as arguments (default 100 1000 2000 5000). A stored flow may have at most {@link
 * FlowJsonReader#MAX_NODES} nodes, so a larger chain is not parsed from JSON (its parse column is
 * empty): it is built in memory and validated, compiled and diffed, to show how the compiler grows
 * beyond the cap. Run: {@code ./mvnw -pl flow-compiler -Pbench verify}.
 *
 * <p>Each size is compiled a few times first so the JIT has settled; the figure is the median of
 * the timed rounds.
 */
public final class CompileBenchmark {

  private static final int WARMUP = 3;
  private static final int ROUNDS = 5;

  public static void main(String[] args) {
    List<Integer> sizes =
        args.length == 0
            ? List.of(100, 1_000, 2_000, 5_000)
            : Arrays.stream(args).map(Integer::valueOf).toList();
    FlowCompiler compiler = new FlowCompiler();
    System.out.printf(
        "%8s %12s %12s %12s %12s %12s%n",
        "nodes", "parse ms", "validate ms", "compile ms", "diff ms", "xml KiB");
    for (int size : sizes) {
      FlowDocument chain = ChainFlows.chain(size);
      String json = compiler.toJson(chain);
      // The next version: one text changed, as after a small edit.
      String edited = json.replace("Step 1\"", "Step one\"");
      FlowDocument next =
          size <= FlowJsonReader.MAX_NODES
              ? compiler.parse(edited).document()
              : ChainFlows.withText(chain, "Step one");
      for (int i = 0; i < WARMUP; i++) {
        run(compiler, chain, json, next);
      }
      long[][] rounds = new long[ROUNDS][];
      for (int i = 0; i < ROUNDS; i++) {
        rounds[i] = run(compiler, chain, json, next);
      }
      System.out.printf(
          "%8d %12s %12.1f %12.1f %12.1f %12d%n",
          size,
          size <= FlowJsonReader.MAX_NODES ? String.format("%.1f", median(rounds, 0)) : "-",
          median(rounds, 1),
          median(rounds, 2),
          median(rounds, 4),
          rounds[0][3] / 1024);
    }
  }

  /**
   * Nanoseconds for parse, validate, compile (which validates again, lowers and emits), the XML
   * length, and nanoseconds to diff the flow against {@code next}.
   */
  private static long[] run(
      FlowCompiler compiler, FlowDocument chain, String json, FlowDocument next) {
    long t0 = System.nanoTime();
    FlowDocument document = chain;
    if (chain.nodes().size() <= FlowJsonReader.MAX_NODES) {
      ParseResult parsed = compiler.parse(json);
      document = parsed.document();
      if (document == null) {
        throw new IllegalStateException("benchmark flow does not parse: " + parsed.problems());
      }
    }
    long t1 = System.nanoTime();
    if (!compiler.validate(document).isEmpty()) {
      throw new IllegalStateException("benchmark flow is invalid: " + compiler.validate(document));
    }
    long t2 = System.nanoTime();
    String xml = compiler.compile(document, "bench", null).bpmnXml();
    long t3 = System.nanoTime();
    if (compiler.diff(document, next).changedNodes().size() != 1) {
      throw new IllegalStateException("the benchmark's next version should change one node");
    }
    long t4 = System.nanoTime();
    return new long[] {t1 - t0, t2 - t1, t3 - t2, xml.length(), t4 - t3};
  }

  private static double median(long[][] rounds, int column) {
    return Arrays.stream(rounds)
            .mapToLong(r -> r[column])
            .sorted()
            .skip(rounds.length / 2)
            .findFirst()
            .orElseThrow()
        / 1e6;
  }
}
