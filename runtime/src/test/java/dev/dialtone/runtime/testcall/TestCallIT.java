package dev.dialtone.runtime.testcall;

import static dev.dialtone.runtime.support.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialtone.flow.FlowCompiler;
import dev.dialtone.flow.Problem;
import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.runtime.calls.CallEvent;
import dev.dialtone.runtime.calls.CallFilter;
import dev.dialtone.runtime.calls.CallJournal;
import dev.dialtone.runtime.calls.CallQueries;
import dev.dialtone.runtime.calls.CallRecord;
import dev.dialtone.runtime.calls.CallRevision;
import dev.dialtone.runtime.calls.CallStatus;
import dev.dialtone.runtime.calls.CallStep;
import dev.dialtone.runtime.flows.FlowService;
import dev.dialtone.runtime.problems.InvalidInputException;
import dev.dialtone.runtime.problems.NotFoundException;
import dev.dialtone.runtime.simulator.SimulatorService;
import dev.dialtone.runtime.support.RuntimeTestApplication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Test calls of a draft the editor has not saved, on the real engine with simulated telephony. */
@SpringBootTest(
    classes = RuntimeTestApplication.class,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:test-call;DB_CLOSE_DELAY=-1",
      "dialtone.simulator.chars-per-second=2000",
      "dialtone.simulator.play-duration=20ms"
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TestCallIT {

  private static final Duration LIMIT = Duration.ofSeconds(20);

  @Autowired TestCallService testCalls;
  @Autowired FlowService flows;
  @Autowired FlowCompiler compiler;
  @Autowired SimulatorService simulator;
  @Autowired CallQueries calls;
  @Autowired CallJournal journal;

  UUID flowId;
  FlowDocument stored;

  @BeforeAll
  void storeTheSeedIvr() throws IOException {
    String document;
    try (var in = getClass().getResourceAsStream("/flows/seed-ivr.json")) {
      document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    flowId = flows.create(document, "test").flow().id();
    stored = compiler.parse(document).document();
  }

  @Test
  void theUnsavedDraftRunsNotTheStoredOne() {
    FlowDocument edited = withText(stored, "support", "Unsaved support prompt.");

    UUID call = testCalls.start(flowId, edited);
    await("the menu", LIMIT, () -> transcript(call), events -> !events.isEmpty());
    simulator.pressDigits(call, "2");

    CallRecord record = awaitHangup(call);
    assertThat(record.flowId()).isEqualTo(flowId);
    assertThat(record.revision()).isEqualTo(CallRevision.DRAFT);
    assertThat(transcript(call)).extracting(CallEvent::content).contains("Unsaved support prompt.");
    assertThat(calls.trace(call))
        .extracting(CallStep::nodeId)
        .containsExactly("start", "menu", "key", "route", "support", "support_bye");
    assertThat(flows.export(flowId)).doesNotContain("Unsaved support prompt.");
  }

  @Test
  void theStoredDraftStillRunsByRevision() {
    UUID call = testCalls.start(flowId, "draft");
    await("the menu", LIMIT, () -> transcript(call), events -> !events.isEmpty());
    simulator.pressDigits(call, "2");

    awaitHangup(call);
    assertThat(transcript(call))
        .extracting(CallEvent::content)
        .contains("Connecting you to support.");
  }

  @Test
  void aDraftWithProblemsIsRefusedWithThemAndNoCallIsPlaced() {
    FlowDocument broken =
        new FlowDocument(
            stored.name(),
            stored.nodes(),
            stored.edges().stream().filter(edge -> !edge.from().equals("start")).toList());
    int before = calls.list(CallFilter.newest().build()).size();

    assertThatThrownBy(() -> testCalls.start(flowId, broken))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems()).extracting(Problem::nodeId).contains("start"));
    journal.flush();
    assertThat(calls.list(CallFilter.newest().build())).hasSize(before);
  }

  @Test
  void aFlowThatIsNotStoredIsNotFound() {
    assertThatThrownBy(() -> testCalls.start(UUID.randomUUID(), stored))
        .isInstanceOf(NotFoundException.class);
  }

  private static FlowDocument withText(FlowDocument document, String nodeId, String text) {
    List<FlowNode> nodes = new ArrayList<>();
    for (FlowNode node : document.nodes()) {
      if (node.id().equals(nodeId)) {
        Map<String, Object> options = new LinkedHashMap<>(node.options());
        options.put("text", text);
        node = new FlowNode(node.id(), node.type(), node.x(), node.y(), options);
      }
      nodes.add(node);
    }
    return new FlowDocument(document.name(), nodes, document.edges());
  }

  private CallRecord awaitHangup(UUID call) {
    await(
        "hang-up of " + call,
        LIMIT,
        () ->
            calls.list(CallFilter.newest().build()).stream()
                .filter(c -> c.id().equals(call))
                .findFirst(),
        c -> c.isPresent() && c.get().status() == CallStatus.HANGUP);
    journal.flush();
    return calls.get(call);
  }

  private List<CallEvent> transcript(UUID call) {
    journal.flush();
    return calls.list(CallFilter.newest().build()).stream().anyMatch(c -> c.id().equals(call))
        ? calls.transcript(call)
        : List.of();
  }
}
