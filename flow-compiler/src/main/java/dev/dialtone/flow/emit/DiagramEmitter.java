package dev.dialtone.flow.emit;

import dev.dialtone.flow.lower.Element;
import dev.dialtone.flow.lower.EventSubprocess;
import dev.dialtone.flow.lower.Flow;
import dev.dialtone.flow.lower.ProcessModel;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Writes BPMN diagram interchange: a shape for every flow node (helpers and the hang-up subprocess
 * included) and an edge for every sequence flow, so the model opens laid out in Camunda Modeler.
 */
final class DiagramEmitter {

  private final DiagramLayout layout = new DiagramLayout();

  void emit(XmlWriter xml, ProcessModel model, FlowIndex index) {
    Map<String, Box> boxes = layout.layout(model);
    Set<String> gateways = new HashSet<>();
    model.fragments().stream()
        .flatMap(fragment -> fragment.elements().stream())
        .filter(Element.ExclusiveGateway.class::isInstance)
        .forEach(gateway -> gateways.add(gateway.id()));
    Set<String> subprocesses = new HashSet<>();
    model.eventSubprocesses().stream().map(EventSubprocess::id).forEach(subprocesses::add);

    xml.start("bpmndi:BPMNDiagram", "id", model.id() + "__diagram");
    xml.start("bpmndi:BPMNPlane", "id", model.id() + "__plane", "bpmnElement", model.id());
    boxes.forEach(
        (id, box) ->
            shape(
                xml,
                id,
                box,
                gateways.contains(id) ? "true" : null,
                subprocesses.contains(id) ? "true" : null));
    for (Flow flow : BpmnEmitter.allFlows(model)) {
      edge(xml, flow, boxes.get(flow.source()), boxes.get(flow.target()));
    }
    xml.end().end();
  }

  private static void shape(XmlWriter xml, String id, Box box, String marker, String expanded) {
    xml.start(
        "bpmndi:BPMNShape",
        "id",
        id + "__di",
        "bpmnElement",
        id,
        "isMarkerVisible",
        marker,
        "isExpanded",
        expanded);
    xml.empty(
        "dc:Bounds",
        "x",
        number(box.x()),
        "y",
        number(box.y()),
        "width",
        number(box.width()),
        "height",
        number(box.height()));
    xml.end();
  }

  private static void edge(XmlWriter xml, Flow flow, Box source, Box target) {
    xml.start("bpmndi:BPMNEdge", "id", flow.id() + "__di", "bpmnElement", flow.id());
    for (double[] point : Route.between(source, target)) {
      xml.empty("di:waypoint", "x", number(point[0]), "y", number(point[1]));
    }
    xml.end();
  }

  private static String number(double value) {
    return Double.toString(value);
  }
}
