package dev.dialtone.flow.emit;

import dev.dialtone.flow.lower.EventSubprocess;
import dev.dialtone.flow.lower.Flow;
import dev.dialtone.flow.lower.Fragment;
import dev.dialtone.flow.lower.ProcessModel;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.Definitions;
import io.camunda.zeebe.model.bpmn.instance.ExclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnDiagram;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnEdge;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnPlane;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnShape;
import io.camunda.zeebe.model.bpmn.instance.dc.Bounds;
import io.camunda.zeebe.model.bpmn.instance.di.Waypoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes BPMN diagram interchange (shapes and edges) so the model opens in Camunda Modeler. */
final class DiagramEmitter {

  private final DiagramLayout layout = new DiagramLayout();

  void emit(BpmnModelInstance bpmn, Definitions definitions, Process process, ProcessModel model) {
    Map<String, Box> boxes = layout.layout(model);
    BpmnDiagram diagram = bpmn.newInstance(BpmnDiagram.class);
    diagram.setId(process.getId() + "__diagram");
    definitions.addChildElement(diagram);
    BpmnPlane plane = bpmn.newInstance(BpmnPlane.class);
    plane.setId(process.getId() + "__plane");
    plane.setBpmnElement(process);
    diagram.setBpmnPlane(plane);

    boxes.forEach((id, box) -> shape(bpmn, plane, id, box));
    List<Flow> flows = new ArrayList<>(model.edges());
    model.fragments().stream().map(Fragment::flows).forEach(flows::addAll);
    for (EventSubprocess sub : model.eventSubprocesses()) {
      flows.add(Flow.plain(sub.flowId(), sub.start().id(), sub.end().id()));
    }
    flows.forEach(
        flow ->
            edge(
                bpmn,
                plane,
                flow,
                Route.between(boxes.get(flow.source()), boxes.get(flow.target()))));
  }

  private static void shape(BpmnModelInstance bpmn, BpmnPlane plane, String id, Box box) {
    BaseElement element = bpmn.getModelElementById(id);
    BpmnShape shape = bpmn.newInstance(BpmnShape.class);
    shape.setId(id + "__di");
    shape.setBpmnElement(element);
    if (element instanceof ExclusiveGateway) {
      shape.setMarkerVisible(true);
    }
    if (element instanceof SubProcess) {
      shape.setExpanded(true);
    }
    Bounds bounds = bpmn.newInstance(Bounds.class);
    bounds.setX(box.x());
    bounds.setY(box.y());
    bounds.setWidth(box.width());
    bounds.setHeight(box.height());
    shape.setBounds(bounds);
    plane.addChildElement(shape);
  }

  private static void edge(
      BpmnModelInstance bpmn, BpmnPlane plane, Flow flow, List<double[]> points) {
    BpmnEdge edge = bpmn.newInstance(BpmnEdge.class);
    edge.setId(flow.id() + "__di");
    edge.setBpmnElement(bpmn.getModelElementById(flow.id()));
    for (double[] point : points) {
      Waypoint waypoint = bpmn.newInstance(Waypoint.class);
      waypoint.setX(point[0]);
      waypoint.setY(point[1]);
      edge.getWaypoints().add(waypoint);
    }
    plane.addChildElement(edge);
  }
}
