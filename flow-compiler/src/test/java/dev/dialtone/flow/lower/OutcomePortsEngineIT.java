package dev.dialtone.flow.lower;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.flow.JobTypes;
import dev.dialtone.flow.ProcessVariables;
import dev.dialtone.flow.emit.BpmnEmitter;
import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.flow.model.FlowEdge;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.flow.nodes.NodeCatalogue;
import dev.dialtone.flow.nodes.NodeType;
import dev.dialtone.flow.nodes.OptionSpec;
import dev.dialtone.flow.nodes.Port;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A node type with outcome ports needs nothing but its lowering: {@link ActionTasks#withOutcomes}
 * gives its task one error boundary per extra port, and the emitter and the diagram handle them.
 * Proven on the real engine with a type that exists only in this test.
 */
class OutcomePortsEngineIT {

  private static final String RUNTIME = "runtime-a";
  private static final String DIAL = "dial_test";

  private static ZeebeTestEngine engine;
  private static ZeebeClient client;
  private static String xml;

  @BeforeAll
  static void deploy() {
    NodeCatalogue standard = NodeCatalogue.standard();
    List<NodeType> types = new ArrayList<>(standard.types());
    types.add(new DialType());
    List<NodeLowering> lowerings =
        Stream.concat(Lowerings.standard().stream(), Stream.of(new DialLowering())).toList();
    FlowDocument document =
        new FlowDocument(
            "Outcomes",
            List.of(
                new FlowNode("start", "start", 40, 40, Map.of()),
                new FlowNode("dial", DIAL, 40, 160, Map.of()),
                new FlowNode("ok", "hangup", 40, 320, Map.of()),
                new FlowNode("missed", "hangup", 240, 320, Map.of())),
            List.of(
                new FlowEdge("start", "dial"),
                new FlowEdge("dial", "answered", "ok"),
                new FlowEdge("dial", "no_answer", "missed")));
    ProcessModel model =
        new FlowLowerer(new NodeCatalogue(types), lowerings)
            .lower(document, "flow_outcomes", "Outcomes");
    xml = new BpmnEmitter().emitXml(model);

    engine = EngineFactory.create();
    engine.start();
    client = engine.createClient();
    client
        .newDeployResourceCommand()
        .addResourceStringUtf8(xml, "outcomes.bpmn")
        // the first deployment waits for the engine to warm up: slow on a busy machine
        .requestTimeout(java.time.Duration.ofMinutes(1))
        .send()
        .join();
  }

  @AfterAll
  static void stop() {
    client.close();
    engine.stop();
  }

  @Test
  void theBpmnHasOneErrorBoundaryPerExtraPortAndADiagramShapeForIt() {
    assertThat(xml)
        .contains(
            "<boundaryEvent id=\"dial__no_answer__caught\" name=\"no_answer\""
                + " cancelActivity=\"true\" attachedToRef=\"dial\">")
        .contains("errorRef=\"error_dialtone_no_answer\"")
        .contains("<error id=\"error_dialtone_no_answer\" name=\"dialtone.no_answer\"")
        .contains("bpmnElement=\"dial__no_answer__caught\"")
        .doesNotContain("dial__answered__caught");
  }

  @Test
  void completingTheJobLeavesByTheCompletedPort() throws Exception {
    start();
    ActivatedJob dial = next(JobTypes.forNodeType(DIAL));
    client.newCompleteCommand(dial.getKey()).send().join();

    assertThat(next(JobTypes.forNodeType("hangup")).getElementId()).isEqualTo("ok");
  }

  @Test
  void throwingThePortsErrorLeavesByThatPort() throws Exception {
    start();
    ActivatedJob dial = next(JobTypes.forNodeType(DIAL));
    client
        .newThrowErrorCommand(dial.getKey())
        .errorCode(JobTypes.errorCode("no_answer"))
        .send()
        .join();

    assertThat(next(JobTypes.forNodeType("hangup")).getElementId()).isEqualTo("missed");
  }

  private static void start() {
    client
        .newCreateInstanceCommand()
        .bpmnProcessId("flow_outcomes")
        .latestVersion()
        .variables(
            Map.of(
                ProcessVariables.CALL_ID,
                UUID.randomUUID().toString(),
                ProcessVariables.RUNTIME,
                RUNTIME))
        .send()
        .join();
  }

  private static ActivatedJob next(String jobType) throws InterruptedException, TimeoutException {
    engine.waitForIdleState(Duration.ofSeconds(30));
    List<ActivatedJob> jobs =
        client
            .newActivateJobsCommand()
            .jobType(JobTypes.forRuntime(jobType, RUNTIME))
            .maxJobsToActivate(1)
            .timeout(Duration.ofMinutes(5))
            .requestTimeout(Duration.ofSeconds(5))
            .send()
            .join()
            .getJobs();
    assertThat(jobs).as("a pending " + jobType + " job").hasSize(1);
    return jobs.get(0);
  }

  /** A dialling type: completes by {@code answered}, or leaves by {@code no_answer}. */
  private static final class DialType implements NodeType {
    public int paletteOrder() {
      return 500;
    }

    public String name() {
      return DIAL;
    }

    public String description() {
      return "Test only";
    }

    public String colour() {
      return "#000000";
    }

    public String icon() {
      return "vaadin:phone";
    }

    public List<OptionSpec> options() {
      return List.of();
    }

    public List<Port> fixedPorts() {
      return List.of(Port.of("answered"), Port.of("no_answer"));
    }
  }

  private static final class DialLowering implements NodeLowering {
    public String type() {
      return DIAL;
    }

    public Fragment lower(FlowNode node, NodeType type) {
      return ActionTasks.withOutcomes(node, type, "answered", List.of("no_answer"));
    }
  }
}
