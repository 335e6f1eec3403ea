package dev.dialtone.flow.json.voipbin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.flow.FlowCompiler;
import dev.dialtone.flow.Problem;
import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.flow.model.FlowEdge;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.flow.nodes.Destinations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Exporting flows as action lists, and the round trip import → export → import. */
class VoipbinExporterTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final VoipbinImporter importer = new VoipbinImporter();
  private final VoipbinExporter exporter = new VoipbinExporter();
  private final FlowCompiler compiler = new FlowCompiler();

  static List<Path> valid() {
    return VoipbinFixtures.valid();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void anImportedListExportsToAnEquivalentList(Path fixture) {
    FlowDocument imported = importer.read(VoipbinFixtures.read(fixture)).document();

    VoipbinExport exported = exporter.export(imported);

    assertThat(exported.problems()).isEmpty();
    assertThat(importer.read(exported.json()).document()).isEqualTo(imported);
    assertThat(exporter.export(importer.read(exported.json()).document()).json())
        .isEqualTo(exported.json());
  }

  @Test
  void writesTheActionShapeWithIdJumpsAndNextIdOnlyWhereNeeded() {
    JsonNode actions =
        JSON.readTree(
                exporter
                    .export(importer.read(VoipbinFixtures.valid("ivr-by-index")).document())
                    .json())
            .get("actions");

    assertThat(actions).hasSize(11);
    assertThat(actions.get(0).get("type").asString()).isEqualTo("talk");
    assertThat(actions.get(0).get("option").get("gender").asString()).isEqualTo("female");
    JsonNode branch = actions.get(2).get("option");
    assertThat(branch.get("target_ids").get("1").asString())
        .isEqualTo(actions.get(3).get("id").asString());
    assertThat(branch.get("default_target_id").asString())
        .isEqualTo(actions.get(7).get("id").asString());
    JsonNode loop = actions.get(8);
    assertThat(loop.get("option").get("target_id").asString())
        .isEqualTo(actions.get(0).get("id").asString());
    assertThat(loop.get("option").get("loop_count").asLong()).isEqualTo(2);
    assertThat(actions.get(1).get("option").get("duration").asLong()).isEqualTo(5000);
    assertThat(actions.get(3).get("option").get("stream_urls").get(0).asString())
        .isEqualTo("https://example.com/sales.wav");
    assertThat(actions.get(9).has("next_id")).isFalse();
    assertThat(actions.get(10).get("type").asString()).isEqualTo("hangup");
  }

  @Test
  void aNativeFlowExportsAndImportsBackToTheSameGraph() throws Exception {
    FlowDocument seed =
        compiler
            .parse(
                Files.readString(
                    Path.of(getClass().getResource("/flows/valid/seed-ivr.json").toURI())))
            .document();

    VoipbinExport exported = exporter.export(seed);
    FlowDocument back = importer.read(exported.json()).document();

    assertThat(exported.problems()).isEmpty();
    assertThat(compiler.validate(back)).isEmpty();
    assertThat(back.nodes()).hasSize(seed.nodes().size());
    assertThat(back.nodes().stream().map(FlowNode::type).sorted())
        .containsExactlyElementsOf(seed.nodes().stream().map(FlowNode::type).sorted().toList());
    // the goto loops back to the menu talk, the first action
    assertThat(back.edges()).contains(new FlowEdge("goto_10", "loop", "talk_0"));
  }

  @Test
  void jumpsThatAreNotTheFollowingActionGetANextId() {
    FlowDocument flow =
        new FlowDocument(
            "Jumps",
            List.of(
                new FlowNode("start", "start"),
                new FlowNode("hello", "talk", Map.of("text", "Hi")),
                new FlowNode("bye", "hangup"),
                new FlowNode("again", "talk", Map.of("text", "Hi again"))),
            List.of(
                new FlowEdge("start", "hello"),
                new FlowEdge("hello", "again"),
                new FlowEdge("again", "bye")));

    JsonNode actions = JSON.readTree(exporter.export(flow).json()).get("actions");

    assertThat(actions.get(0).get("next_id").asString())
        .isEqualTo(actions.get(2).get("id").asString());
    assertThat(actions.get(2).get("next_id").asString())
        .isEqualTo(actions.get(1).get("id").asString());
  }

  @Test
  void reportsWhatVoipbinCannotExpress() {
    FlowDocument flow =
        new FlowDocument(
            "Custom digits",
            List.of(
                new FlowNode("start", "start"),
                new FlowNode("pin", "digits", Map.of("variable", "pin")),
                new FlowNode("bye", "hangup")),
            List.of(new FlowEdge("start", "pin"), new FlowEdge("pin", "bye")));

    VoipbinExport exported = exporter.export(flow);

    assertThat(exported.json()).isNull();
    assertThat(exported.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo(VoipbinProblemCodes.NOT_EXPORTABLE);
              assertThat(p.nodeId()).isEqualTo("pin");
              assertThat(p.field()).isEqualTo("variable");
            });
    assertThat(exporter.export(new FlowDocument("No start", List.of(), List.of())).problems())
        .extracting(p -> p.code())
        .containsExactly(VoipbinProblemCodes.NOT_EXPORTABLE);
  }

  @Test
  void aConnectExportsItsNumberAndCallerIdAndNeedsOneWayOn() {
    FlowDocument imported = importer.read(VoipbinFixtures.valid("connect")).document();
    FlowNode connect =
        imported.nodes().stream().filter(n -> n.type().equals("connect")).findFirst().orElseThrow();
    assertThat(connect.options())
        .containsEntry("destination", Destinations.of("tel", "+15550123"))
        .containsEntry("caller_id", "+15550100");
    assertThat(compiler.validate(imported)).isEmpty();

    JsonNode option = JSON.readTree(exporter.export(imported).json()).get("actions").get(1);
    assertThat(option.get("option").get("destinations").get(0).get("target").asString())
        .isEqualTo("+15550123");

    List<FlowEdge> split = new ArrayList<>();
    for (FlowEdge edge : imported.edges()) {
      boolean noAnswer = edge.from().equals(connect.id()) && edge.port().equals("no_answer");
      split.add(noAnswer ? new FlowEdge(connect.id(), "no_answer", "hangup_3") : edge);
    }
    VoipbinExport refused =
        exporter.export(new FlowDocument(imported.name(), imported.nodes(), split));
    assertThat(refused.json()).isNull();
    assertThat(refused.problems())
        .extracting(Problem::message)
        .containsExactly(
            "node '"
                + connect.id()
                + "' (connect): VoIPBIN's connect goes on one way; 'answered' and 'no_answer' must"
                + " lead to the same node");
  }
}
