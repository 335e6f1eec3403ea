package dev.dialtone.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialtone.flow.model.FlowDocument;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Compiled flows run on the real (in-memory) Zeebe engine: the path a call takes, the goto loop,
 * branch on missing or numeric variables, and the caller hanging up mid-flow.
 */
class CompiledFlowEngineIT {

  private static final String TALK = JobTypes.forNodeType("talk") + ":";
  private static final String TRACE = JobTypes.TRACE + ":";

  private static ZeebeTestEngine engine;
  private static ZeebeClient client;
  private final List<EngineCall> calls = new ArrayList<>();

  @BeforeAll
  static void startEngine() {
    engine = EngineFactory.create();
    engine.start();
    client = engine.createClient();
    deploy("seed-ivr");
    deploy("unplaced-and-dashed");
    deploy("nested-loops");
  }

  @AfterAll
  static void stopEngine() {
    client.close();
    engine.stop();
  }

  // Calls a test leaves mid-flow would hand their jobs to the next test.
  @AfterEach
  void hangUpOpenCalls() {
    calls.stream().filter(call -> !call.ended()).forEach(EngineCall::hangUp);
  }

  @Test
  void callerPressing2IsConnectedToSupport() {
    EngineCall call = call("seed-ivr", Map.of());

    call.complete(Map.of());
    call.complete(Map.of("digits", "2"));
    call.completeAllSilently();

    assertThat(call.path)
        .containsExactly(
            TALK + "menu",
            JobTypes.forNodeType("digits") + ":key",
            TRACE + "route",
            TALK + "support",
            JobTypes.forNodeType("hangup") + ":support_bye");
    assertThat(call.ended()).isTrue();
    assertThat(call.incidents()).isEmpty();
  }

  @ParameterizedTest(name = "digits {0} → {1}")
  @CsvSource({"1, sales", "3, billing", "9, retry", "'', retry"})
  void branchComparesDigitsAsStrings(String digits, String expected) {
    EngineCall call = call("seed-ivr", Map.of());

    call.complete(Map.of());
    call.complete(Map.of("digits", digits));
    call.complete(Map.of());

    assertThat(call.complete(Map.of())).isEqualTo(TALK + expected);
    assertThat(call.incidents()).isEmpty();
  }

  @Test
  void aNumericVariableMatchesItsStringCase() {
    EngineCall call = call("seed-ivr", Map.of());

    call.complete(Map.of());
    call.complete(Map.of("digits", 3));
    call.complete(Map.of());

    assertThat(call.complete(Map.of())).isEqualTo(TALK + "billing");
  }

  @Test
  void aSilentCallerHearsTheMenuThreeTimesThenGoodbye() {
    EngineCall call = call("seed-ivr", Map.of());

    call.completeAllSilently(); // digits never set: the branch must default, not raise an incident

    assertThat(call.count(TALK + "menu")).isEqualTo(3);
    assertThat(call.count(TRACE + "again")).isEqualTo(3);
    assertThat(call.path.subList(call.path.size() - 2, call.path.size()))
        .containsExactly(TALK + "goodbye", JobTypes.forNodeType("hangup") + ":bye");
    assertThat(call.path.subList(0, 6))
        .containsExactly(
            TALK + "menu",
            JobTypes.forNodeType("digits") + ":key",
            TRACE + "route",
            TALK + "retry",
            TRACE + "again",
            TALK + "menu");
    assertThat(call.ended()).isTrue();
    assertThat(call.incidents()).isEmpty();
  }

  @Test
  void callerHangingUpEndsTheInstanceWithNoJobLeft() {
    EngineCall call = call("seed-ivr", Map.of());
    ActivatedJob menu = call.nextJob();
    assertThat(menu.getElementId()).isEqualTo("menu");

    call.hangUp();

    assertThat(call.ended()).isTrue();
    assertThat(call.nextJob()).isNull();
    assertThatThrownBy(() -> client.newCompleteCommand(menu.getKey()).send().join())
        .hasMessageContaining("NOT_FOUND");
  }

  @Test
  void caseValuesWithQuotesAndCountersOfDashedIdsWork() {
    EngineCall outbound = call("unplaced-and-dashed", Map.of("direction", "out\"bound\\"));
    outbound.completeAllSilently();
    assertThat(outbound.path)
        .containsExactly(
            TALK + "greet",
            TRACE + "by-direction",
            JobTypes.forNodeType("play") + ":music",
            JobTypes.forNodeType("hangup") + ":end");

    EngineCall inbound = call("unplaced-and-dashed", Map.of());
    inbound.completeAllSilently();
    assertThat(inbound.count(JobTypes.forNodeType("digits") + ":pin")).isEqualTo(2);
    assertThat(inbound.incidents()).isEmpty();
    assertThat(inbound.ended()).isTrue();
  }

  @Test
  void aGotoCounterLastsTheWholeCall() {
    EngineCall call = call("nested-loops", Map.of());

    call.completeAllSilently();

    // inner (count 3) loops 3 times on the first pass; on the outer loop's second pass it is spent.
    assertThat(call.count(TALK + "outer_prompt")).isEqualTo(2);
    assertThat(call.count(TALK + "inner_prompt")).isEqualTo(5);
    assertThat(call.ended()).isTrue();
  }

  private EngineCall call(String fixture, Map<String, Object> variables) {
    EngineCall call =
        new EngineCall(engine, client, processId(fixture), UUID.randomUUID().toString(), variables);
    calls.add(call);
    return call;
  }

  private static void deploy(String fixture) {
    FlowCompiler compiler = new FlowCompiler();
    FlowDocument document = compiler.parse(Fixtures.read(Fixtures.valid(fixture))).document();
    CompiledFlow compiled = compiler.compile(document, processId(fixture), null);
    client
        .newDeployResourceCommand()
        .addResourceStringUtf8(compiled.bpmnXml(), fixture + ".bpmn")
        // the first deployment waits for the engine to warm up: slow on a busy machine
        .requestTimeout(java.time.Duration.ofMinutes(1))
        .send()
        .join();
  }

  private static String processId(String fixture) {
    return "flow_" + fixture.replace('-', '_');
  }
}
