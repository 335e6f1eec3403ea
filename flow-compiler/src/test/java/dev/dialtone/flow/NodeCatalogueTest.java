package dev.dialtone.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.flow.lower.Lowerings;
import dev.dialtone.flow.lower.NodeLowering;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.flow.nodes.BranchNode;
import dev.dialtone.flow.nodes.GroupcallNode;
import dev.dialtone.flow.nodes.NodeCatalogue;
import dev.dialtone.flow.nodes.NodeType;
import dev.dialtone.flow.nodes.OptionSpec;
import dev.dialtone.flow.nodes.OptionType;
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

  @Test
  void aGroupcallsGroupIsAGroupReferenceWrittenAsAString() {
    NodeType groupcall = NodeCatalogue.standard().find(GroupcallNode.NAME).orElseThrow();

    OptionSpec group = groupcall.option(GroupcallNode.GROUP).orElseThrow();

    assertThat(group.type()).isEqualTo(OptionType.GROUP);
    assertThat(OptionType.GROUP.jsonType()).isEqualTo("string");
    assertThat(OptionType.GROUP.accepts("0b6f5a37-2d5b-4a40-9d0e-5a4d8c1f2e33")).isTrue();
    assertThat(OptionType.GROUP.accepts(42L)).isFalse();
    // Only groupcall refers to saved groups through an option of its own.
    assertThat(NodeCatalogue.standard().types())
        .flatExtracting(NodeType::options)
        .filteredOn(option -> option.type() == OptionType.GROUP)
        .extracting(OptionSpec::name)
        .containsExactly(GroupcallNode.GROUP);
  }

  @Test
  void aGroupOptionOfTheWrongJsonTypeIsRefusedAtTheBoundaryNamingWhatItWants() {
    String json =
        """
        {"format": "dialtone.flow/1", "name": "x", "nodes": [
          {"id": "start", "type": "start"},
          {"id": "ring", "type": "groupcall", "options": {"group": 7}}],
         "edges": []}
        """;

    assertThat(new FlowCompiler().parse(json).problems())
        .extracting(Problem::field, Problem::code, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "group",
                ProblemCodes.WRONG_OPTION_TYPE,
                "node 'ring': option 'group' must be the id of a saved group, got 7"));
  }
}
