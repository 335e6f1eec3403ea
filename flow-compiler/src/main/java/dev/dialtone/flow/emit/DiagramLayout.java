package dev.dialtone.flow.emit;

import dev.dialtone.flow.lower.Element;
import dev.dialtone.flow.lower.EventSubprocess;
import dev.dialtone.flow.lower.Flow;
import dev.dialtone.flow.lower.Fragment;
import dev.dialtone.flow.lower.ProcessModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each element goes on the diagram. A node's main element sits at the node's canvas position,
 * its helpers to the right. Nodes the designer never placed are laid out in columns by distance
 * from the start, below the placed ones, so the model still opens tidy in the Modeler.
 */
final class DiagramLayout {

  static final double GAP = 50;
  static final double COLUMN = 250;
  static final double ROW = 140;
  static final double MARGIN = 40;

  Map<String, Box> layout(ProcessModel model) {
    Map<String, double[]> origins = origins(model);
    Map<String, Box> boxes = new LinkedHashMap<>();
    for (Fragment fragment : model.fragments()) {
      double[] origin = origins.get(fragment.node().id());
      place(fragment.elements(), origin[0], origin[1], boxes);
    }
    double bottom = boxes.values().stream().mapToDouble(Box::bottom).max().orElse(0);
    double left = boxes.values().stream().mapToDouble(Box::x).min().orElse(MARGIN);
    for (EventSubprocess sub : model.eventSubprocesses()) {
      Box frame = new Box(left, bottom + 2 * GAP, 300, 140);
      boxes.put(sub.id(), frame);
      place(
          List.of(sub.start(), sub.end()),
          frame.x() + 60,
          frame.centerY() - size(sub.start()).height() / 2,
          boxes);
      bottom = frame.bottom();
    }
    return boxes;
  }

  /**
   * Lays elements left to right, centred on the first one's middle line; an error boundary sits on
   * the bottom edge of its task, one beside the other.
   */
  private static void place(List<Element> elements, double x, double y, Map<String, Box> boxes) {
    double middle = y + size(elements.get(0)).height() / 2;
    double next = x;
    Map<String, Integer> boundaries = new HashMap<>();
    for (Element element : elements) {
      Box size = size(element);
      if (element instanceof Element.ErrorBoundary b && boxes.get(b.attachedTo()) != null) {
        Box task = boxes.get(b.attachedTo());
        int index = boundaries.merge(b.attachedTo(), 1, Integer::sum) - 1;
        boxes.put(
            element.id(),
            new Box(
                task.x() + 10 + index * (size.width() + 4),
                task.bottom() - size.height() / 2,
                size.width(),
                size.height()));
        continue;
      }
      Box box = new Box(next, middle - size.height() / 2, size.width(), size.height());
      boxes.put(element.id(), box);
      next = box.right() + GAP;
    }
  }

  static Box size(Element element) {
    return switch (element) {
      case Element.StartEvent e -> new Box(0, 0, 36, 36);
      case Element.EndEvent e -> new Box(0, 0, 36, 36);
      case Element.ErrorBoundary e -> new Box(0, 0, 36, 36);
      case Element.MessageCatch e -> new Box(0, 0, 36, 36);
      case Element.ExclusiveGateway g -> new Box(0, 0, 50, 50);
      case Element.ServiceTask t -> new Box(0, 0, 100, 80);
      case Element.ScriptTask t -> new Box(0, 0, 100, 80);
    };
  }

  /** Top-left of each node's main element. */
  private static Map<String, double[]> origins(ProcessModel model) {
    Map<String, double[]> origins = new HashMap<>();
    double placedBottom = 0;
    boolean anyPlaced = false;
    for (Fragment fragment : model.fragments()) {
      if (fragment.node().hasPosition()) {
        origins.put(fragment.node().id(), new double[] {fragment.node().x(), fragment.node().y()});
        placedBottom =
            Math.max(placedBottom, fragment.node().y() + size(fragment.elements().get(0)).height());
        anyPlaced = true;
      }
    }
    double top = anyPlaced ? placedBottom + 2 * GAP : MARGIN;
    Map<String, Integer> columns = columns(model);
    Map<Integer, Integer> rowsUsed = new HashMap<>();
    for (Fragment fragment : model.fragments()) {
      String id = fragment.node().id();
      if (!origins.containsKey(id)) {
        int column = columns.getOrDefault(id, 0);
        int row = rowsUsed.merge(column, 1, Integer::sum) - 1;
        origins.put(id, new double[] {MARGIN + column * COLUMN, top + row * ROW});
      }
    }
    return origins;
  }

  /** Each node's distance from the entry nodes, following sequence flows (breadth first). */
  private static Map<String, Integer> columns(ProcessModel model) {
    Map<String, String> nodeOfElement = new HashMap<>();
    Map<String, List<String>> next = new HashMap<>();
    for (Fragment fragment : model.fragments()) {
      fragment.elements().forEach(e -> nodeOfElement.put(e.id(), fragment.node().id()));
    }
    for (Flow flow : model.edges()) {
      next.computeIfAbsent(nodeOfElement.get(flow.source()), k -> new ArrayList<>())
          .add(nodeOfElement.get(flow.target()));
    }
    Map<String, Integer> columns = new HashMap<>();
    Deque<String> pending = new ArrayDeque<>();
    for (Fragment fragment : model.fragments()) {
      if (fragment.elements().get(0) instanceof Element.StartEvent) {
        columns.put(fragment.node().id(), 0);
        pending.add(fragment.node().id());
      }
    }
    while (!pending.isEmpty()) {
      String id = pending.poll();
      for (String target : next.getOrDefault(id, List.of())) {
        if (columns.putIfAbsent(target, columns.get(id) + 1) == null) {
          pending.add(target);
        }
      }
    }
    return columns;
  }
}
