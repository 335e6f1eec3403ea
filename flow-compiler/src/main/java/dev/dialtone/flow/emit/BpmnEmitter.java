package dev.dialtone.flow.emit;

import dev.dialtone.flow.lower.Element;
import dev.dialtone.flow.lower.EventSubprocess;
import dev.dialtone.flow.lower.Flow;
import dev.dialtone.flow.lower.Fragment;
import dev.dialtone.flow.lower.ProcessModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a {@link ProcessModel} as BPMN 2.0 XML with Zeebe extensions and diagram interchange, in
 * one pass: every id is set explicitly, so the same flow always yields the same XML, and the time
 * taken grows linearly with the flow.
 */
public final class BpmnEmitter {

  static final String TARGET_NAMESPACE = "https://dialtone.dev/bpmn";
  static final String EXECUTION_PLATFORM_VERSION = "8.8.0";

  static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String BPMNDI_NS = "http://www.omg.org/spec/BPMN/20100524/DI";
  static final String DC_NS = "http://www.omg.org/spec/DD/20100524/DC";
  static final String DI_NS = "http://www.omg.org/spec/DD/20100524/DI";
  static final String ZEEBE_NS = "http://camunda.org/schema/zeebe/1.0";
  static final String MODELER_NS = "http://camunda.org/schema/modeler/1.0";
  static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

  private final DiagramEmitter diagram = new DiagramEmitter();

  public String emitXml(ProcessModel model) {
    FlowIndex index = new FlowIndex(allFlows(model));
    XmlWriter xml = new XmlWriter();
    // The platform hint makes Camunda Modeler open the file as a Camunda 8 model.
    xml.start(
        "definitions",
        "xmlns",
        BPMN_NS,
        "xmlns:bpmndi",
        BPMNDI_NS,
        "xmlns:dc",
        DC_NS,
        "xmlns:di",
        DI_NS,
        "xmlns:zeebe",
        ZEEBE_NS,
        "xmlns:modeler",
        MODELER_NS,
        "xmlns:xsi",
        XSI_NS,
        "id",
        "dialtone_" + model.id(),
        "targetNamespace",
        TARGET_NAMESPACE,
        "exporter",
        "Dialtone flow-compiler",
        "modeler:executionPlatform",
        "Camunda Cloud",
        "modeler:executionPlatformVersion",
        EXECUTION_PLATFORM_VERSION);
    xml.start("process", "id", model.id(), "name", model.name(), "isExecutable", "true");
    for (Fragment fragment : model.fragments()) {
      fragment.elements().forEach(element -> element(xml, index, element, null));
      fragment.flows().forEach(flow -> flow(xml, flow));
    }
    model.edges().forEach(flow -> flow(xml, flow));
    model.eventSubprocesses().forEach(sub -> eventSubprocess(xml, index, sub));
    xml.end();
    model.eventSubprocesses().forEach(sub -> message(xml, sub));
    catchMessages(xml, model);
    errors(xml, model);
    diagram.emit(xml, model, index);
    return xml.end().finish();
  }

  /** Every sequence flow of the model, subprocess flows included. */
  static List<Flow> allFlows(ProcessModel model) {
    List<Flow> flows = new ArrayList<>(model.edges());
    model.fragments().forEach(fragment -> flows.addAll(fragment.flows()));
    model.eventSubprocesses().forEach(sub -> flows.add(subprocessFlow(sub)));
    return flows;
  }

  static Flow subprocessFlow(EventSubprocess sub) {
    return Flow.plain(sub.flowId(), sub.start().id(), sub.end().id());
  }

  /**
   * One flow node. Child order follows the BPMN schema: extension elements, incoming, outgoing,
   * then event definitions; {@code trigger} is the message a start event waits for, or null.
   */
  private static void element(XmlWriter xml, FlowIndex index, Element element, String trigger) {
    String id = element.id();
    switch (element) {
      case Element.StartEvent e ->
          xml.start(
              "startEvent",
              "id",
              id,
              "name",
              e.name(),
              "isInterrupting",
              trigger == null ? null : "true");
      case Element.EndEvent e -> xml.start("endEvent", "id", id, "name", e.name());
      case Element.ServiceTask t -> {
        xml.start("serviceTask", "id", id, "name", t.name()).start("extensionElements");
        xml.empty("zeebe:taskDefinition", "type", t.jobType());
        xml.start("zeebe:taskHeaders");
        t.headers().forEach((key, value) -> xml.empty("zeebe:header", "key", key, "value", value));
        xml.end().end();
      }
      case Element.ScriptTask s -> {
        xml.start("scriptTask", "id", id, "name", s.name()).start("extensionElements");
        xml.empty(
            "zeebe:script", "expression", s.expression(), "resultVariable", s.resultVariable());
        startListener(xml, s.startListener());
        xml.end();
      }
      case Element.ErrorBoundary b ->
          xml.start(
              "boundaryEvent",
              "id",
              id,
              "name",
              b.name(),
              "cancelActivity",
              "true",
              "attachedToRef",
              b.attachedTo());
      case Element.MessageCatch m ->
          xml.start("intermediateCatchEvent", "id", id, "name", m.name());
      case Element.ExclusiveGateway g -> {
        xml.start("exclusiveGateway", "id", id, "name", g.name(), "default", index.defaultFlow(id));
        if (g.startListener() != null) {
          xml.start("extensionElements");
          startListener(xml, g.startListener());
          xml.end();
        }
      }
    }
    index.incoming(id).forEach(flow -> xml.textElement("incoming", flow));
    index.outgoing(id).forEach(flow -> xml.textElement("outgoing", flow));
    if (trigger != null) {
      xml.empty("messageEventDefinition", "id", id + "_message", "messageRef", trigger);
    }
    if (element instanceof Element.MessageCatch m) {
      xml.empty("messageEventDefinition", "id", id + "_message", "messageRef", catchMessageId(m));
    }
    if (element instanceof Element.ErrorBoundary b) {
      xml.empty("errorEventDefinition", "id", id + "_error", "errorRef", errorId(b.errorCode()));
    }
    xml.end();
  }

  /** One {@code error} per distinct code the boundary events catch, in order of appearance. */
  private static void errors(XmlWriter xml, ProcessModel model) {
    Set<String> codes = new LinkedHashSet<>();
    model.fragments().stream()
        .flatMap(fragment -> fragment.elements().stream())
        .filter(Element.ErrorBoundary.class::isInstance)
        .map(e -> ((Element.ErrorBoundary) e).errorCode())
        .forEach(codes::add);
    codes.forEach(code -> xml.empty("error", "id", errorId(code), "name", code, "errorCode", code));
  }

  // Error codes are "dialtone.<port>"; a port is a name, so only the dot needs replacing.
  private static String errorId(String code) {
    return "error_" + code.replace('.', '_');
  }

  private static void startListener(XmlWriter xml, String jobType) {
    if (jobType == null) {
      return;
    }
    xml.start("zeebe:executionListeners");
    xml.empty("zeebe:executionListener", "eventType", "start", "retries", "3", "type", jobType);
    xml.end();
  }

  private static void flow(XmlWriter xml, Flow flow) {
    String[] attributes = {
      "id", flow.id(), "name", flow.name(), "sourceRef", flow.source(), "targetRef", flow.target()
    };
    if (flow.condition() == null) {
      xml.empty("sequenceFlow", attributes);
      return;
    }
    xml.start("sequenceFlow", attributes);
    xml.textElement(
        "conditionExpression",
        flow.condition(),
        "xsi:type",
        "tFormalExpression",
        "id",
        flow.id() + "__condition");
    xml.end();
  }

  private static void eventSubprocess(XmlWriter xml, FlowIndex index, EventSubprocess sub) {
    xml.start("subProcess", "id", sub.id(), "name", sub.name(), "triggeredByEvent", "true");
    element(xml, index, sub.start(), messageId(sub));
    element(xml, index, sub.end(), null);
    flow(xml, subprocessFlow(sub));
    xml.end();
  }

  private static void message(XmlWriter xml, EventSubprocess sub) {
    xml.start("message", "id", messageId(sub), "name", sub.messageName());
    xml.start("extensionElements");
    xml.empty("zeebe:subscription", "correlationKey", sub.correlationKey());
    xml.end().end();
  }

  /**
   * One {@code message} per distinct name and key the catch events wait for: several groupcall
   * nodes share one definition.
   */
  private static void catchMessages(XmlWriter xml, ProcessModel model) {
    Map<String, Element.MessageCatch> messages = new LinkedHashMap<>();
    model.fragments().stream()
        .flatMap(fragment -> fragment.elements().stream())
        .filter(Element.MessageCatch.class::isInstance)
        .map(Element.MessageCatch.class::cast)
        .forEach(m -> messages.putIfAbsent(catchMessageId(m), m));
    messages.forEach(
        (id, m) -> {
          xml.start("message", "id", id, "name", m.messageName());
          xml.start("extensionElements");
          xml.empty("zeebe:subscription", "correlationKey", m.correlationKey());
          xml.end().end();
        });
  }

  // Message names carry dots and dashes ("dialtone.bridge-ended"); ids must be XML names.
  private static String catchMessageId(Element.MessageCatch m) {
    return "message_" + m.messageName().replaceAll("[^A-Za-z0-9_]", "_");
  }

  private static String messageId(EventSubprocess sub) {
    return sub.id() + "_message";
  }
}
