package dev.dialtone.ui.editor.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.flow.diff.FlowDiff;
import dev.dialtone.flow.diff.FlowDiff.NodeChange;
import dev.dialtone.flow.diff.FlowDiff.OptionChange;
import dev.dialtone.flow.diff.FlowDiff.ValueChange;
import dev.dialtone.flow.model.FlowEdge;
import dev.dialtone.ui.editor.history.DiffLine.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiffLinesTest {

  @Test
  void everyChangeBecomesOneLineNamingItsNode() {
    FlowDiff diff =
        new FlowDiff(
            new ValueChange("Main", "Main menu"),
            List.of("extra"),
            List.of("gone"),
            List.of(
                new NodeChange(
                    "sales",
                    null,
                    List.of(
                        new OptionChange("text", "Connecting you.", "Please hold."),
                        new OptionChange("voice", null, "female")),
                    true)),
            List.of(new FlowEdge("route", "2", "extra")),
            List.of(new FlowEdge("hello", FlowEdge.NEXT, "gone")));

    assertThat(DiffLines.of(diff))
        .containsExactly(
            new DiffLine(null, Kind.CHANGED, "name: “Main” → “Main menu”"),
            new DiffLine("extra", Kind.ADDED, "extra: added"),
            new DiffLine("gone", Kind.REMOVED, "gone: removed"),
            new DiffLine("sales", Kind.CHANGED, "sales: text “Connecting you.” → “Please hold.”"),
            new DiffLine("sales", Kind.CHANGED, "sales: voice (none) → “female”"),
            new DiffLine("sales", Kind.CHANGED, "sales: moved"),
            new DiffLine("route", Kind.ADDED, "route (2) → extra: wire added"),
            new DiffLine("hello", Kind.REMOVED, "hello → gone: wire removed"));
  }

  @Test
  void numbersAreNotQuotedAndAnEmptyDiffHasNoLines() {
    FlowDiff diff =
        new FlowDiff(
            null,
            List.of(),
            List.of(),
            List.of(new NodeChange("key", null, List.of(new OptionChange("count", 2, 4)), false)),
            List.of(),
            List.of());

    assertThat(DiffLines.of(diff))
        .containsExactly(new DiffLine("key", Kind.CHANGED, "key: count 2 → 4"));
    assertThat(
            DiffLines.of(new FlowDiff(null, List.of(), List.of(), List.of(), List.of(), List.of())))
        .isEmpty();
  }
}
