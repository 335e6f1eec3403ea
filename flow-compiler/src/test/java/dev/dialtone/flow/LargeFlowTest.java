package dev.dialtone.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.flow.bench.ChainFlows;
import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.flow.model.FlowEdge;
import dev.dialtone.flow.model.FlowNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Flows of thousands of nodes: every pass handles them (the benchmark measures how fast). */
class LargeFlowTest {

  private final FlowCompiler compiler = new FlowCompiler();

  @Test
  void aLongChainCompilesWithEveryNodeInTheBpmn() {
    FlowDocument chain = ChainFlows.chain(5_000);

    String xml = compiler.compile(chain, "chain", null).bpmnXml();

    assertThat(xml).contains("id=\"n4998\"", "id=\"bye__end\"", "bpmnElement=\"n4998__next\"");
    assertThat(xml.split("<serviceTask ", -1)).hasSize(4_999 + 1);
  }

  @Test
  void aLongLoopWithoutActionsIsOneProblemListingItInOrder() {
    int size = 3_000;
    List<FlowNode> nodes = new ArrayList<>(List.of(new FlowNode("start", "start")));
    List<FlowEdge> edges = new ArrayList<>(List.of(new FlowEdge("start", "b0")));
    for (int i = 0; i < size; i++) {
      nodes.add(new FlowNode("b" + i, "branch", Map.of("cases", List.of("1"))));
      edges.add(new FlowEdge("b" + i, "1", "t" + i));
      edges.add(new FlowEdge("b" + i, "default", "b" + ((i + 1) % size)));
      nodes.add(new FlowNode("t" + i, "hangup"));
    }

    List<Problem> problems = compiler.validate(new FlowDocument("Ring", nodes, edges));

    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo(ProblemCodes.LOOP_WITHOUT_ACTION);
              assertThat(p.nodeId()).isEqualTo("b0");
              assertThat(p.message()).contains("'b0', 'b1', 'b2'").contains("'b2999'");
            });
  }
}
