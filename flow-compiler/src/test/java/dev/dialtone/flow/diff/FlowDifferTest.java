package dev.dialtone.flow.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.flow.FlowCompiler;
import dev.dialtone.flow.bench.ChainFlows;
import dev.dialtone.flow.diff.FlowDiff.NodeChange;
import dev.dialtone.flow.diff.FlowDiff.OptionChange;
import dev.dialtone.flow.diff.FlowDiff.ValueChange;
import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.flow.model.FlowEdge;
import dev.dialtone.flow.model.FlowNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Diffs of the seed IVR against edited copies. */
class FlowDifferTest {

  private final FlowCompiler compiler = new FlowCompiler();
  private final FlowDocument seed = seed();

  @Test
  void aDocumentHasNoDifferencesWithItself() {
    assertThat(compiler.diff(seed, seed).isEmpty()).isTrue();
  }

  @Test
  void reportsAddedRemovedAndRewiredNodes() {
    List<FlowNode> nodes = new ArrayList<>(seed.nodes());
    nodes.removeIf(n -> n.id().equals("billing_bye"));
    nodes.add(new FlowNode("billing_more", "talk", Map.of("text", "Billing is busy.")));
    List<FlowEdge> edges = new ArrayList<>(seed.edges());
    edges.remove(new FlowEdge("billing", "billing_bye"));
    edges.add(new FlowEdge("billing", "billing_more"));
    edges.add(new FlowEdge("billing_more", "bye"));

    FlowDiff diff = compiler.diff(seed, new FlowDocument(seed.name(), nodes, edges));

    assertThat(diff.addedNodes()).containsExactly("billing_more");
    assertThat(diff.removedNodes()).containsExactly("billing_bye");
    assertThat(diff.changedNodes()).isEmpty();
    assertThat(diff.addedWires())
        .containsExactly(
            new FlowEdge("billing", "billing_more"), new FlowEdge("billing_more", "bye"));
    assertThat(diff.removedWires()).containsExactly(new FlowEdge("billing", "billing_bye"));
    assertThat(diff.name()).isNull();
  }

  @Test
  void reportsChangedOptionsOldToNewTypeAndPosition() {
    String edited =
        compiler
            .toJson(seed)
            .replace("Connecting you to sales.", "Sales, please hold.")
            .replace("\"count\" : 2", "\"count\" : 3")
            .replace("\"Seed IVR\"", "\"Seed IVR v2\"");
    FlowDocument to = compiler.parse(edited).document();
    List<FlowNode> moved = new ArrayList<>(to.nodes());
    FlowNode key = to.node("key").orElseThrow();
    moved.set(moved.indexOf(key), new FlowNode("key", "digits", 999, key.y(), Map.of()));

    FlowDiff diff = compiler.diff(seed, new FlowDocument(to.name(), moved, to.edges()));

    assertThat(diff.name()).isEqualTo(new ValueChange("Seed IVR", "Seed IVR v2"));
    assertThat(diff.changedNodes())
        .containsExactly(
            new NodeChange(
                "key",
                null,
                List.of(
                    new OptionChange("timeout_ms", 5000L, null),
                    new OptionChange("max_digits", 1L, null),
                    new OptionChange("finish_key", "#", null),
                    new OptionChange("variable", "digits", null)),
                true),
            new NodeChange(
                "sales",
                null,
                List.of(
                    new OptionChange("text", "Connecting you to sales.", "Sales, please hold.")),
                false),
            new NodeChange("again", null, List.of(new OptionChange("count", 2L, 3L)), false));
  }

  @Test
  void aChangedTypeIsReported() {
    List<FlowNode> nodes = new ArrayList<>(seed.nodes());
    nodes.replaceAll(
        n -> n.id().equals("sales") ? new FlowNode("sales", "play", n.x(), n.y(), Map.of()) : n);

    FlowDiff diff = compiler.diff(seed, new FlowDocument(seed.name(), nodes, seed.edges()));

    assertThat(diff.changedNodes())
        .singleElement()
        .extracting(NodeChange::type)
        .isEqualTo(new ValueChange("talk", "play"));
  }

  @Test
  void diffsTwoLargeVersions() {
    FlowDocument before = ChainFlows.chain(5_000);
    List<FlowNode> nodes = new ArrayList<>(before.nodes());
    nodes.set(1, new FlowNode("n1", "talk", 160, 0, Map.of("text", "Changed")));

    FlowDiff diff = compiler.diff(before, new FlowDocument(before.name(), nodes, before.edges()));

    assertThat(diff.changedNodes()).extracting(NodeChange::nodeId).containsExactly("n1");
  }

  private FlowDocument seed() {
    try (InputStream in = getClass().getResourceAsStream("/flows/valid/seed-ivr.json")) {
      return compiler.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).document();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
