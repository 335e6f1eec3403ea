package dev.dialtone.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialtone.flow.model.FlowDocument;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.EndEvent;
import io.camunda.zeebe.model.bpmn.instance.ExclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.MessageEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.ScriptTask;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnShape;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeExecutionListener;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeExecutionListenerEventType;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeHeader;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeScript;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeSubscription;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The shape of the BPMN the seed IVR compiles to: ids, job types, headers, conditions, listeners.
 */
class CompileTest {

  private final FlowCompiler compiler = new FlowCompiler();
  private final BpmnModelInstance seed = compile("seed-ivr");

  @Test
  void actionNodesBecomeServiceTasksWithJobTypeAndHeaders() {
    ServiceTask menu = element("menu");

    assertThat(menu.getSingleExtensionElement(ZeebeTaskDefinition.class).getType())
        .isEqualTo(JobTypes.routed(JobTypes.forNodeType("talk")));
    assertThat(headers(menu))
        .containsExactly(
            Map.entry(TaskHeaders.NODE_ID, "menu"),
            Map.entry(TaskHeaders.NODE_TYPE, "talk"),
            Map.entry(
                TaskHeaders.OPTIONS,
                "{\"text\":\"Welcome to Dialtone. Press 1 for sales, 2 for support, 3 for billing.\",\"language\":\"en-US\",\"voice\":\"female\"}"));
    assertThat(
            this.<ServiceTask>element("key")
                .getSingleExtensionElement(ZeebeTaskDefinition.class)
                .getType())
        .isEqualTo(JobTypes.routed(JobTypes.forNodeType("digits")));
  }

  @Test
  void optionsHeaderCarriesDefaultsTheDocumentLeftOut() {
    assertThat(headers(element("sales")).get(TaskHeaders.OPTIONS))
        .isEqualTo(
            "{\"text\":\"Connecting you to sales.\",\"language\":\"en-US\",\"voice\":\"female\"}");
  }

  @Test
  void digitsCarryBargeInOnByDefault() {
    assertThat(headers(element("key")).get(TaskHeaders.OPTIONS)).contains("\"barge_in\":true");
  }

  @Test
  void startAndHangupBecomeEvents() {
    assertThat((BaseElement) element("start")).isInstanceOf(StartEvent.class);
    ServiceTask bye = element("bye");
    assertThat(bye.getSingleExtensionElement(ZeebeTaskDefinition.class).getType())
        .isEqualTo(JobTypes.routed(JobTypes.forNodeType("hangup")));
    assertThat(bye.getOutgoing())
        .singleElement()
        .satisfies(f -> assertThat(f.getTarget()).isInstanceOf(EndEvent.class));
    assertThat(bye.getOutgoing().iterator().next().getTarget().getId()).isEqualTo("bye__end");
  }

  @Test
  void branchIsAGatewayWithStringConditionsADefaultAndATraceListener() {
    ExclusiveGateway route = element("route");

    assertThat(route.getDefault().getTarget().getId()).isEqualTo("retry");
    assertThat(
            route.getOutgoing().stream()
                .filter(f -> f.getConditionExpression() != null)
                .collect(
                    Collectors.toMap(
                        f -> f.getTarget().getId(),
                        f -> f.getConditionExpression().getTextContent())))
        .containsEntry("sales", "= if digits = null then false else string(digits) = \"1\"")
        .hasSize(3);
    assertThat(startListener(route)).isEqualTo(JobTypes.routed(JobTypes.TRACE));
  }

  @Test
  void gotoCountsInAScriptTaskThenLoopsWhileAtMostCount() {
    ScriptTask again = element("again");
    ExclusiveGateway gateway = element("again__gateway");

    ZeebeScript script = again.getSingleExtensionElement(ZeebeScript.class);
    assertThat(script.getResultVariable()).isEqualTo("goto_count_again");
    assertThat(script.getExpression())
        .isEqualTo("= if goto_count_again = null then 1 else goto_count_again + 1");
    assertThat(startListener(again)).isEqualTo(JobTypes.routed(JobTypes.TRACE));
    assertThat(again.getOutgoing())
        .singleElement()
        .satisfies(f -> assertThat(f.getTarget()).isEqualTo(gateway));
    SequenceFlow loop = element("again__loop");
    assertThat(loop.getTarget().getId()).isEqualTo("menu");
    assertThat(loop.getConditionExpression().getTextContent()).isEqualTo("= goto_count_again <= 2");
    assertThat(gateway.getDefault().getTarget().getId()).isEqualTo("goodbye");
  }

  @Test
  void callerHangupIsAnInterruptingMessageEventSubprocess() {
    SubProcess hangup = element("__call_hangup");
    StartEvent start = element("__call_hangup_start");

    assertThat(hangup.triggeredByEvent()).isTrue();
    assertThat(start.isInterrupting()).isTrue();
    MessageEventDefinition trigger =
        (MessageEventDefinition) start.getEventDefinitions().iterator().next();
    assertThat(trigger.getMessage().getName()).isEqualTo(Messages.CALL_HANGUP);
    assertThat(
            trigger
                .getMessage()
                .getSingleExtensionElement(ZeebeSubscription.class)
                .getCorrelationKey())
        .isEqualTo("=callId");
  }

  @Test
  void shapesSitAtTheCanvasPositions() {
    BpmnShape menu = seed.getModelElementById("menu__di");

    assertThat(menu.getBounds().getX()).isEqualTo(160.0);
    assertThat(menu.getBounds().getY()).isEqualTo(180.0);
    assertThat(seed.getModelElementsByType(BpmnShape.class))
        .hasSize(
            seed.getModelElementsByType(io.camunda.zeebe.model.bpmn.instance.FlowNode.class)
                .size());
  }

  @Test
  void refusesAnInvalidFlowWithItsProblems() {
    FlowDocument draft =
        compiler
            .parse(
                Fixtures.read(Fixtures.valid("seed-ivr")).replace("\"count\": 2", "\"count\": 0"))
            .document();

    assertThatThrownBy(() -> compiler.compile(draft, "p", null))
        .isInstanceOfSatisfying(
            InvalidFlowException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::code, Problem::nodeId)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                            ProblemCodes.INVALID_OPTION_VALUE, "again")));
  }

  @Test
  void refusesAProcessIdThatIsNotABpmnId() {
    FlowDocument document = compiler.parse(Fixtures.read(Fixtures.valid("minimal"))).document();

    assertThatThrownBy(() -> compiler.compile(document, "1 flow", null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private BpmnModelInstance compile(String fixture) {
    FlowDocument document = compiler.parse(Fixtures.read(Fixtures.valid(fixture))).document();
    String xml = compiler.compile(document, "seed", null).bpmnXml();
    return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private <T extends BaseElement> T element(String id) {
    T element = seed.getModelElementById(id);
    assertThat((Object) element).as(id).isNotNull();
    return element;
  }

  private static Map<String, String> headers(ServiceTask task) {
    return task
        .getExtensionElements()
        .getElementsQuery()
        .filterByType(io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders.class)
        .singleResult()
        .getHeaders()
        .stream()
        .collect(
            Collectors.toMap(
                ZeebeHeader::getKey,
                ZeebeHeader::getValue,
                (a, b) -> a,
                java.util.LinkedHashMap::new));
  }

  private static String startListener(BaseElement element) {
    return element
        .getExtensionElements()
        .getElementsQuery()
        .filterByType(io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeExecutionListeners.class)
        .singleResult()
        .getExecutionListeners()
        .stream()
        .filter(l -> l.getEventType() == ZeebeExecutionListenerEventType.start)
        .map(ZeebeExecutionListener::getType)
        .findFirst()
        .orElseThrow();
  }
}
