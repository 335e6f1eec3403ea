package dev.dialtone.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.flow.model.FlowEdge;
import dev.dialtone.flow.model.FlowNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlowJsonTest {

  private final FlowCompiler compiler = new FlowCompiler();

  @Test
  void writesCanonicalJsonInAFixedOrder() {
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("voice", "male"); // out of catalogue order on purpose
    options.put("text", "Hi");
    FlowDocument document =
        new FlowDocument(
            "Hello",
            List.of(
                new FlowNode("start", "start", 10, 20, Map.of()),
                new FlowNode("hi", "talk", options),
                new FlowNode("bye", "hangup")),
            List.of(new FlowEdge("start", "hi"), new FlowEdge("hi", null, "bye")));

    assertThat(compiler.toJson(document))
        .isEqualToNormalizingNewlines(
            """
            {
              "format" : "dialtone.flow/1",
              "name" : "Hello",
              "nodes" : [ {
                "id" : "start",
                "type" : "start",
                "x" : 10,
                "y" : 20
              }, {
                "id" : "hi",
                "type" : "talk",
                "options" : {
                  "text" : "Hi",
                  "voice" : "male"
                }
              }, {
                "id" : "bye",
                "type" : "hangup"
              } ],
              "edges" : [ {
                "from" : "start",
                "to" : "hi"
              }, {
                "from" : "hi",
                "to" : "bye"
              } ]
            }""");
  }

  @Test
  void aDocumentBuiltInCodeEqualsItsParsedJson() {
    FlowDocument document =
        new FlowDocument(
            "Menu",
            List.of(
                new FlowNode("start", "start"),
                new FlowNode("key", "digits", Map.of("max_digits", 3, "timeout_ms", 2000L)),
                new FlowNode("route", "branch", Map.of("cases", List.of("1", "2"))),
                new FlowNode("bye", "hangup")),
            List.of(
                new FlowEdge("start", "key"),
                new FlowEdge("key", "route"),
                new FlowEdge("route", "default", "bye")));

    FlowDocument parsed = compiler.parse(compiler.toJson(document)).document();

    assertThat(parsed).isEqualTo(document);
    assertThat(parsed.node("key").orElseThrow().options()).containsEntry("max_digits", 3L);
  }

  @Test
  void anEdgeWithoutPortLeavesByNext() {
    String json =
        """
        {"format": "dialtone.flow/1", "name": "x",
         "nodes": [{"id": "start", "type": "start"}, {"id": "bye", "type": "hangup"}],
         "edges": [{"from": "start", "to": "bye"}]}""";

    assertThat(compiler.parse(json).document().edges())
        .containsExactly(new FlowEdge("start", "next", "bye"));
  }

  @Test
  void anEmptyDocumentParsesAsADraft() {
    ParseResult parsed =
        compiler.parse("{\"format\": \"dialtone.flow/1\", \"name\": \"New flow\"}");

    assertThat(parsed.document().nodes()).isEmpty();
    assertThat(compiler.validate(parsed.document()))
        .extracting(Problem::code)
        .containsExactly(ProblemCodes.NO_START);
  }

  @Test
  void nothingIsNotJson() {
    assertThat(compiler.parse("").problems())
        .extracting(Problem::code)
        .containsExactly(ProblemCodes.NOT_JSON);
    assertThat(compiler.parse(null).problems())
        .extracting(Problem::code)
        .containsExactly(ProblemCodes.NOT_JSON);
  }

  @Test
  void notJsonSaysWhere() {
    assertThat(compiler.parse("{\n  \"format\": ").problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).startsWith("not valid JSON at line 2"));
  }

  @Test
  void aFlowWithTooManyNodesIsRejectedNamingTheCount() {
    String nodes =
        java.util.stream.IntStream.range(0, 2_001)
            .mapToObj(i -> "{\"id\": \"n" + i + "\", \"type\": \"hangup\"}")
            .collect(java.util.stream.Collectors.joining(", "));

    ParseResult parsed =
        compiler.parse(
            "{\"format\": \"dialtone.flow/1\", \"name\": \"big\", \"nodes\": [" + nodes + "]}");

    assertThat(parsed.document()).isNull();
    assertThat(parsed.problems())
        .containsExactly(
            Problem.ofDocument(
                "nodes",
                ProblemCodes.TOO_MANY_ITEMS,
                "a flow may have at most 2000 nodes; this one has 2001"));
  }

  @Test
  void jacksonLimitsAreReportedWithoutItsInternals() {
    String deep = "[".repeat(3_000) + "]".repeat(3_000);

    ParseResult parsed =
        compiler.parse("{\"format\": \"dialtone.flow/1\", \"name\": " + deep + "}");

    assertThat(parsed.problems()).hasSize(1);
    assertThat(parsed.problems().getFirst().message())
        .contains("too large or too deeply nested")
        .doesNotContain("StreamReadConstraints");
  }

  @Test
  void notJsonIsSaidInPlainWordsWithLineAndColumn() {
    assertThat(
            compiler.parse("{\n  \"format\": \"dialtone.flow/1\"\n  \"name\": \"x\"\n}").problems())
        .singleElement()
        .extracting(Problem::message)
        .isEqualTo("not valid JSON at line 3, column 3: a comma is missing between two fields");
    assertThat(compiler.parse("{\"name\": hello}").problems())
        .singleElement()
        .extracting(Problem::message)
        .asString()
        .startsWith("not valid JSON at line 1, column ")
        .endsWith("'hello' is not a JSON value (text needs double quotes)");
    assertThat(compiler.parse("{\n  \"nodes\": [").problems())
        .singleElement()
        .extracting(Problem::message)
        .asString()
        .contains("the text ends too early")
        .doesNotContain("StreamReadFeature", "byte offset", "code ");
  }
}
