package dev.dialtone.flow.emit;

import dev.dialtone.flow.lower.Element;
import dev.dialtone.flow.lower.EventSubprocess;
import dev.dialtone.flow.lower.Flow;
import dev.dialtone.flow.lower.Fragment;
import dev.dialtone.flow.lower.ProcessModel;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.builder.zeebe.MessageBuilder;
import io.camunda.zeebe.model.bpmn.impl.BpmnModelConstants;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.ConditionExpression;
import io.camunda.zeebe.model.bpmn.instance.Definitions;
import io.camunda.zeebe.model.bpmn.instance.EndEvent;
import io.camunda.zeebe.model.bpmn.instance.ExclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.Message;
import io.camunda.zeebe.model.bpmn.instance.MessageEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.ScriptTask;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Writes a {@link ProcessModel} as a Zeebe BPMN model. Every id is set explicitly, so the same flow
 * always yields the same XML.
 */
public final class BpmnEmitter {

  static final String TARGET_NAMESPACE = "https://dialtone.dev/bpmn";
  static final String EXECUTION_PLATFORM_VERSION = "8.8.0";

  private final DiagramEmitter diagram = new DiagramEmitter();

  public String emitXml(ProcessModel model) {
    return Bpmn.convertToString(emit(model));
  }

  public BpmnModelInstance emit(ProcessModel model) {
    BpmnModelInstance bpmn = Bpmn.createEmptyModel();
    Definitions definitions = bpmn.newInstance(Definitions.class);
    definitions.setId("dialtone_" + model.id());
    definitions.setTargetNamespace(TARGET_NAMESPACE);
    definitions.setExporter("Dialtone flow-compiler");
    bpmn.setDefinitions(definitions);
    // The usual prefixes, and the platform hint that makes Camunda Modeler open it as a Camunda 8
    // model.
    definitions.getDomElement().registerNamespace("zeebe", BpmnModelConstants.ZEEBE_NS);
    definitions.getDomElement().registerNamespace("modeler", BpmnModelConstants.MODELER_NS);
    definitions
        .getDomElement()
        .setAttribute(BpmnModelConstants.MODELER_NS, "executionPlatform", "Camunda Cloud");
    definitions
        .getDomElement()
        .setAttribute(
            BpmnModelConstants.MODELER_NS, "executionPlatformVersion", EXECUTION_PLATFORM_VERSION);
    Process process = add(bpmn, definitions, Process.class, model.id());
    process.setName(model.name());
    process.setExecutable(true);

    for (Fragment fragment : model.fragments()) {
      fragment.elements().forEach(element -> element(bpmn, process, element));
      fragment.flows().forEach(flow -> flow(bpmn, process, flow));
    }
    model.edges().forEach(flow -> flow(bpmn, process, flow));
    model.eventSubprocesses().forEach(sub -> eventSubprocess(bpmn, definitions, process, sub));

    diagram.emit(bpmn, definitions, process, model);
    return bpmn;
  }

  private static void element(BpmnModelInstance bpmn, BaseElement parent, Element element) {
    switch (element) {
      case Element.StartEvent e -> add(bpmn, parent, StartEvent.class, e.id()).setName(e.name());
      case Element.EndEvent e -> add(bpmn, parent, EndEvent.class, e.id()).setName(e.name());
      case Element.ServiceTask t -> {
        ServiceTask task = add(bpmn, parent, ServiceTask.class, t.id());
        task.setName(t.name());
        var builder = task.builder().zeebeJobType(t.jobType());
        t.headers().forEach(builder::zeebeTaskHeader);
      }
      case Element.ScriptTask s -> {
        ScriptTask task = add(bpmn, parent, ScriptTask.class, s.id());
        task.setName(s.name());
        var builder =
            task.builder().zeebeExpression(s.expression()).zeebeResultVariable(s.resultVariable());
        if (s.startListener() != null) {
          builder.zeebeStartExecutionListener(s.startListener());
        }
      }
      case Element.ExclusiveGateway g -> {
        ExclusiveGateway gateway = add(bpmn, parent, ExclusiveGateway.class, g.id());
        gateway.setName(g.name());
        if (g.startListener() != null) {
          gateway.builder().zeebeStartExecutionListener(g.startListener());
        }
      }
    }
  }

  private static void flow(BpmnModelInstance bpmn, BaseElement parent, Flow flow) {
    SequenceFlow sequenceFlow = add(bpmn, parent, SequenceFlow.class, flow.id());
    if (flow.name() != null) {
      sequenceFlow.setName(flow.name());
    }
    FlowNode source = bpmn.getModelElementById(flow.source());
    FlowNode target = bpmn.getModelElementById(flow.target());
    sequenceFlow.setSource(source);
    sequenceFlow.setTarget(target);
    source.getOutgoing().add(sequenceFlow);
    target.getIncoming().add(sequenceFlow);
    if (flow.condition() != null) {
      ConditionExpression condition = bpmn.newInstance(ConditionExpression.class);
      condition.setId(flow.id() + "__condition");
      condition.setTextContent(flow.condition());
      sequenceFlow.setConditionExpression(condition);
    }
    if (flow.isDefault()) {
      ((ExclusiveGateway) source).setDefault(sequenceFlow);
    }
  }

  private static void eventSubprocess(
      BpmnModelInstance bpmn, Definitions definitions, Process process, EventSubprocess sub) {
    SubProcess subProcess = add(bpmn, process, SubProcess.class, sub.id());
    subProcess.setName(sub.name());
    subProcess.setTriggeredByEvent(true);
    element(bpmn, subProcess, sub.start());
    element(bpmn, subProcess, sub.end());
    flow(bpmn, subProcess, Flow.plain(sub.flowId(), sub.start().id(), sub.end().id()));

    Message message = add(bpmn, definitions, Message.class, sub.id() + "_message");
    message.setName(sub.messageName());
    new MessageBuilder(bpmn, message).zeebeCorrelationKey(sub.correlationKey());
    MessageEventDefinition trigger = bpmn.newInstance(MessageEventDefinition.class);
    trigger.setId(sub.start().id() + "_message");
    trigger.setMessage(message);
    StartEvent start = bpmn.getModelElementById(sub.start().id());
    start.setInterrupting(true);
    start.getEventDefinitions().add(trigger);
  }

  private static <T extends BaseElement> T add(
      BpmnModelInstance bpmn, ModelElementInstance parent, Class<T> type, String id) {
    T element = bpmn.newInstance(type);
    element.setId(id);
    parent.addChildElement(element);
    return element;
  }
}
