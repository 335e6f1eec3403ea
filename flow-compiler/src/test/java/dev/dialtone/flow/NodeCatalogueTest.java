package dev.dialtone.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.flow.lower.Lowerings;
import dev.dialtone.flow.lower.NodeLowering;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.flow.nodes.BranchNode;
import dev.dialtone.flow.nodes.NodeCatalogue;
import dev.dialtone.flow.nodes.NodeType;
import dev.dialtone.flow.nodes.Port;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NodeCatalogueTest {

  @Test
  void everyNodeTypeHasExactlyOneLowering() {
    List<String> lowered = Lowerings.standard().stream().map(NodeLowering::type).toList();

    assertThat(lowered)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(NodeCatalogue.standard().names());
  }

  @Test
  void everyJobTypeFollowsThePrefixRule() {
    assertThat(JobTypes.forNodeType("talk")).isEqualTo("dialtone.talk");
    assertThat(JobTypes.TRACE).startsWith(JobTypes.PREFIX);
  }

  @Test
  void discoveredTypesAreOrderedForThePaletteWithDistinctOrders() {
    assertThat(NodeCatalogue.standard().types())
        .extracting(NodeType::paletteOrder)
        .doesNotHaveDuplicates()
        .isSorted();
    assertThat(NodeCatalogue.standard().names()).startsWith("start").endsWith("hangup");
  }

  @Test
  void paletteListsTypesPortsAndOptions() {
    List<NodeTypeInfo> types = new FlowCompiler().nodeTypes();

    // Only the order of the seed types is pinned: a new type lands where its paletteOrder says.
    assertThat(types)
        .extracting(NodeTypeInfo::type)
        .containsSubsequence("start", "talk", "play", "digits", "branch", "goto", "hangup")
        .startsWith("start")
        .endsWith("hangup");
    NodeTypeInfo branch = info(types, "branch");
    assertThat(branch.ports()).containsExactly("default");
    assertThat(branch.portsFromOption()).isEqualTo("cases");
    assertThat(info(types, "goto").ports()).containsExactly("loop", "done");
    assertThat(info(types, "hangup").ports()).isEmpty();
    assertThat(info(types, "digits").options())
        .extracting(o -> o.name() + "=" + o.defaultValue())
        .containsExactly(
            "timeout_ms=5000", "max_digits=1", "finish_key=#", "variable=digits", "barge_in=true");
  }

  private static NodeTypeInfo info(List<NodeTypeInfo> types, String type) {
    return types.stream().filter(t -> t.type().equals(type)).findFirst().orElseThrow();
  }

  @Test
  void everyTypeCarriesAColourAndAnIconForTheCanvas() {
    assertThat(new FlowCompiler().nodeTypes())
        .allSatisfy(
            type -> {
              assertThat(type.colour()).as(type.type()).matches("#[0-9a-f]{6}");
              assertThat(type.icon()).as(type.type()).matches("vaadin:[a-z0-9-]+");
            })
        .extracting(NodeTypeInfo::colour)
        .doesNotHaveDuplicates();
  }

  @Test
  void branchPortsFollowItsCases() {
    NodeType branch = NodeCatalogue.standard().find(BranchNode.NAME).orElseThrow();

    List<Port> ports =
        branch.ports(new FlowNode("route", "branch", Map.of("cases", List.of("1", "2"))));

    assertThat(ports).extracting(Port::name).containsExactly("1", "2", "default");
  }
}
