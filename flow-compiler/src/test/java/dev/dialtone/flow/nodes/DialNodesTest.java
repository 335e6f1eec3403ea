package dev.dialtone.flow.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.flow.FlowCompiler;
import dev.dialtone.flow.Problem;
import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.flow.model.FlowEdge;
import dev.dialtone.flow.model.FlowNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The groupcall and connect options: each bad value named with its node, option and value. */
class DialNodesTest {

  private static final String SALES = "0b6f5a37-2d5b-4a40-9d0e-5a4d8c1f2e33";
  private static final String SUPPORT = "6f1c2a52-9a43-4c55-8b1e-0c5d1e0a7b11";

  private final FlowCompiler compiler = new FlowCompiler(Set.of(SALES)::contains);

  @Test
  void aNumberThatIsNotE164IsNamedWithItsPosition() {
    List<Problem> problems =
        problems(
            groupcall(
                Map.of(
                    "destinations",
                    List.of(
                        Destinations.of("tel", "+15550001"), Destinations.of("tel", "555-0101")))));

    assertThat(problems).extracting(Problem::field).containsExactly("destinations");
    assertThat(problems.get(0).message())
        .startsWith(
            "node 'gc': option 'destinations' item 2: target \"555-0101\" is not an E.164 number");
  }

  @Test
  void anEndpointWithoutATechnologyIsRefused() {
    assertThat(
            problems(
                groupcall(Map.of("destinations", List.of(Destinations.of("endpoint", "alice"))))))
        .extracting(Problem::message)
        .singleElement()
        .asString()
        .contains("item 1: target \"alice\" is not an endpoint like 'PJSIP/alice'");
  }

  @Test
  void anEmptyListAnUnknownMethodAndANonPositiveTimeoutAreEachReported() {
    List<Problem> problems =
        problems(
            groupcall(
                Map.of("destinations", List.of(), "ring_method", "random", "dial_timeout_ms", 0)));

    assertThat(problems)
        .extracting(Problem::message)
        .containsExactly(
            "node 'gc': option 'ring_method' must be one of ring_all, linear, got \"random\"",
            "node 'gc': option 'dial_timeout_ms' must be at least 1, got 0",
            "node 'gc': option 'destinations' must not be empty, got []");
  }

  @Test
  void aGroupThatDoesNotExistIsReportedByTheApplicationsLookup() {
    List<Problem> problems = problems(groupcall(Map.of("group", SUPPORT)));

    assertThat(problems)
        .extracting(Problem::code, Problem::field, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                GroupcallNode.UNKNOWN_GROUP,
                "group",
                "groupcall node 'gc': group '" + SUPPORT + "' does not exist"));
    assertThat(problems(groupcall(Map.of("group", SALES)))).isEmpty();
  }

  @Test
  void aNestedGroupDestinationMustExistToo() {
    List<Problem> problems =
        problems(
            groupcall(
                Map.of(
                    "destinations",
                    List.of(Destinations.of("group", SALES), Destinations.of("group", SUPPORT)))));

    assertThat(problems)
        .extracting(Problem::field, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "destinations", "groupcall node 'gc': group '" + SUPPORT + "' does not exist"));
  }

  @Test
  void withoutALookupGroupsAreNotChecked() {
    FlowDocument document = flow(groupcall(Map.of("group", SUPPORT)));

    assertThat(new FlowCompiler().validate(document)).isEmpty();
  }

  @Test
  void connectTakesOneNumberOrEndpointButNoGroup() {
    FlowNode connect =
        new FlowNode(
            "gc",
            "connect",
            Map.of("destination", Destinations.of("group", SALES), "caller_id", "0800"));

    assertThat(problems(connect))
        .extracting(Problem::message)
        .containsExactly(
            "node 'gc': option 'destination' type \"group\" is not one of tel, endpoint, got"
                + " {\"type\": \"group\", \"target\": \""
                + SALES
                + "\"}",
            "node 'gc': option 'caller_id' must be an E.164 number ('+' then 2 to 15 digits) or"
                + " empty, got \"0800\"");
  }

  @Test
  void aDestinationOfTheWrongShapeIsAWrongType() {
    String json =
        """
        {"format": "dialtone.flow/1", "name": "x", "nodes": [
          {"id": "start", "type": "start"},
          {"id": "gc", "type": "connect", "options": {"destination": {"type": "tel"}}}],
         "edges": []}
        """;

    assertThat(compiler.parse(json).problems())
        .extracting(Problem::message)
        .containsExactly(
            "node 'gc': option 'destination' must be a destination {\"type\": …, \"target\": …},"
                + " got {\"type\":\"tel\"}");
  }

  private List<Problem> problems(FlowNode node) {
    return compiler.validate(flow(node));
  }

  private static FlowNode groupcall(Map<String, Object> options) {
    return new FlowNode("gc", "groupcall", options);
  }

  private static FlowDocument flow(FlowNode node) {
    return new FlowDocument(
        "Dial",
        List.of(new FlowNode("start", "start"), node, new FlowNode("bye", "hangup")),
        List.of(
            new FlowEdge("start", node.id()),
            new FlowEdge(node.id(), "answered", "bye"),
            new FlowEdge(node.id(), "no_answer", "bye")));
  }
}
