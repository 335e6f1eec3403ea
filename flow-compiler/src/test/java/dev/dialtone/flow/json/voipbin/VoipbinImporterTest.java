package dev.dialtone.flow.json.voipbin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.flow.FlowCompiler;
import dev.dialtone.flow.ParseResult;
import dev.dialtone.flow.Problem;
import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.flow.model.FlowEdge;
import dev.dialtone.flow.model.FlowNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Importing VoIPBIN action lists: every jump form, and each case that cannot be mapped. */
class VoipbinImporterTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final VoipbinImporter importer = new VoipbinImporter();
  private final FlowCompiler compiler = new FlowCompiler();

  record Expected(String code, String nodeId, String field) {}

  static List<Path> valid() {
    return VoipbinFixtures.valid();
  }

  static List<Path> invalid() {
    return VoipbinFixtures.invalid();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void importsAFlowThatValidatesAndCompiles(Path fixture) {
    ParseResult result = importer.read(VoipbinFixtures.read(fixture));

    assertThat(result.problems()).isEmpty();
    assertThat(compiler.validate(result.document())).isEmpty();
    assertThat(compiler.compile(result.document(), "imported", null).bpmnXml())
        .contains("dialtone.talk");
  }

  @Test
  void indexJumpsBecomeWires() {
    FlowDocument flow = importer.read(VoipbinFixtures.valid("ivr-by-index")).document();

    assertThat(flow.edges())
        .contains(
            new FlowEdge("start", "talk_0"),
            new FlowEdge("talk_0", "digits_1"),
            new FlowEdge("branch_2", "1", "play_3"),
            new FlowEdge("branch_2", "2", "talk_5"),
            new FlowEdge("branch_2", "default", "talk_7"),
            new FlowEdge("goto_8", "loop", "talk_0"),
            new FlowEdge("goto_8", "done", "talk_9"),
            // running off the end of the list hangs up, as on VoIPBIN
            new FlowEdge("talk_9", "hangup_10"));
    assertThat(flow.node("talk_0").orElseThrow().options())
        .containsEntry("voice", "female")
        .containsEntry("language", "en-US");
    assertThat(flow.node("digits_1").orElseThrow().options())
        .containsEntry("timeout_ms", 5000L)
        .containsEntry("max_digits", 1L)
        .containsEntry("finish_key", "#");
    assertThat(flow.node("branch_2").orElseThrow().options())
        .doesNotContainKey("variable")
        .containsEntry("cases", List.of("1", "2"));
    assertThat(flow.node("goto_8").orElseThrow().options()).containsEntry("count", 2L);
    assertThat(flow.node("play_3").orElseThrow().options())
        .containsEntry("url", "https://example.com/sales.wav");
  }

  @Test
  void idJumpsGiveTheSameFlowAsIndexJumps() {
    FlowDocument byIndex = importer.read(VoipbinFixtures.valid("ivr-by-index")).document();
    FlowDocument byId = importer.read(VoipbinFixtures.valid("ivr-by-id")).document();

    assertThat(byId).isEqualTo(byIndex);
  }

  @Test
  void aBranchWithoutDefaultGoesOnToTheNextAction() {
    FlowDocument flow = importer.read(VoipbinFixtures.valid("call-request-body")).document();

    assertThat(flow.edges())
        .contains(
            new FlowEdge("branch_1", "9", "talk_0"),
            new FlowEdge("branch_1", "default", "hangup_2"));
    assertThat(flow.name()).isEqualTo(VoipbinImporter.DEFAULT_NAME);
  }

  @Test
  void findsTheActionsOfANestedFlowBodyAndABareList() {
    String bare = "[{\"type\": \"talk\", \"option\": {\"text\": \"Hi\"}}, {\"type\": \"hangup\"}]";
    String nested =
        "{\"flow\": {\"name\": \"Nested\", \"actions\": " + bare + "}, \"name\": \"Nested\"}";

    assertThat(importer.read(bare).document().nodes())
        .extracting(FlowNode::id)
        .containsExactly("start", "talk_0", "hangup_1");
    assertThat(importer.read(nested).document().name()).isEqualTo("Nested");
  }

  @Test
  void tellsActionListsFromNativeDocuments() {
    assertThat(VoipbinImporter.isActionList(VoipbinFixtures.valid("ivr-by-index"))).isTrue();
    assertThat(VoipbinImporter.isActionList("[]")).isTrue();
    assertThat(VoipbinImporter.isActionList("{\"format\": \"dialtone.flow/1\", \"nodes\": []}"))
        .isFalse();
    assertThat(VoipbinImporter.isActionList("not json")).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void reportsExactlyTheExpectedProblemsAndNoDocument(Path fixture) {
    JsonNode expectation =
        JSON.readTree(VoipbinFixtures.read(VoipbinFixtures.expectationOf(fixture)));

    ParseResult result = importer.read(VoipbinFixtures.read(fixture));

    assertThat(result.document()).isNull();
    List<Expected> expected = new ArrayList<>();
    expectation
        .get("problems")
        .forEach(
            p ->
                expected.add(
                    new Expected(
                        p.get("code").asString(),
                        p.get("node_id").isNull() ? null : p.get("node_id").asString(),
                        p.get("field").asString())));
    assertThat(
            result.problems().stream()
                .map(p -> new Expected(p.code(), p.nodeId(), p.field()))
                .toList())
        .containsExactlyElementsOf(expected);
    assertThat(result.problems()).allSatisfy(VoipbinImporterTest::namesIndexAndNode);
  }

  private static void namesIndexAndNode(Problem problem) {
    assertThat(problem.message()).isNotBlank();
    if (problem.nodeId() != null) {
      assertThat(problem.message()).contains("'" + problem.nodeId() + "'");
    }
    if (problem.field().startsWith("actions[")) {
      String index = problem.field().substring(8, problem.field().indexOf(']'));
      assertThat(problem.message()).contains("action " + index);
    }
  }

  @Test
  void anAnswerBecomesNoNodeAndJumpsToItLandOnWhatFollows() {
    ParseResult result =
        importer.read(
            """
            [{"id": "a", "type": "answer", "next_id": "t"},
             {"id": "t", "type": "talk", "option": {"text": "Hello."}},
             {"type": "digits_receive", "option": {"duration": 3000, "length": 1}},
             {"type": "answer"},
             {"type": "goto", "option": {"target_id": "a", "loop_count": 1}},
             {"type": "hangup"}]
            """);

    assertThat(result.problems()).isEmpty();
    FlowDocument flow = result.document();
    assertThat(flow.nodes()).extracting(FlowNode::type).doesNotContain("answer");
    assertThat(flow.nodes())
        .extracting(FlowNode::id)
        .containsExactly("start", "talk_1", "digits_2", "goto_4", "hangup_5");
    assertThat(flow.edges())
        .contains(
            new FlowEdge("start", "talk_1"),
            new FlowEdge("digits_2", "goto_4"),
            new FlowEdge("goto_4", "loop", "talk_1"));
    assertThat(compiler.validate(flow)).isEmpty();
  }

  @Test
  void anAnswerWhoseNextIdNamesNothingIsReported() {
    ParseResult result =
        importer.read(
            """
            [{"type": "answer", "next_id": "nowhere"}, {"type": "hangup"}]
            """);

    assertThat(result.document()).isNull();
    assertThat(result.problems())
        .extracting(Problem::message)
        .anySatisfy(message -> assertThat(message).contains("next_id 'nowhere' names no action"));
  }
}
