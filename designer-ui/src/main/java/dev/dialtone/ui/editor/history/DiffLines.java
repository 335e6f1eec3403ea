package dev.dialtone.ui.editor.history;

import dev.dialtone.flow.diff.FlowDiff;
import dev.dialtone.flow.diff.FlowDiff.NodeChange;
import dev.dialtone.flow.diff.FlowDiff.OptionChange;
import dev.dialtone.flow.model.FlowEdge;
import dev.dialtone.ui.editor.history.DiffLine.Kind;
import java.util.ArrayList;
import java.util.List;

/** Turns a diff into the sentences the History panel lists, one per change, node by node. */
final class DiffLines {

  private static final String ARROW = " → ";

  private DiffLines() {}

  static List<DiffLine> of(FlowDiff diff) {
    List<DiffLine> lines = new ArrayList<>();
    if (diff.name() != null) {
      lines.add(
          new DiffLine(
              null,
              Kind.CHANGED,
              "name: " + value(diff.name().from()) + ARROW + value(diff.name().to())));
    }
    diff.addedNodes().forEach(id -> lines.add(new DiffLine(id, Kind.ADDED, id + ": added")));
    diff.removedNodes().forEach(id -> lines.add(new DiffLine(id, Kind.REMOVED, id + ": removed")));
    diff.changedNodes().forEach(change -> lines.addAll(changes(change)));
    diff.addedWires().forEach(edge -> lines.add(wire(edge, Kind.ADDED, "wire added")));
    diff.removedWires().forEach(edge -> lines.add(wire(edge, Kind.REMOVED, "wire removed")));
    return lines;
  }

  private static List<DiffLine> changes(NodeChange change) {
    String id = change.nodeId();
    List<DiffLine> lines = new ArrayList<>();
    if (change.type() != null) {
      lines.add(
          new DiffLine(
              id,
              Kind.CHANGED,
              id + ": type " + value(change.type().from()) + ARROW + value(change.type().to())));
    }
    for (OptionChange option : change.options()) {
      lines.add(
          new DiffLine(
              id,
              Kind.CHANGED,
              id
                  + ": "
                  + option.option()
                  + " "
                  + value(option.from())
                  + ARROW
                  + value(option.to())));
    }
    if (change.moved()) {
      lines.add(new DiffLine(id, Kind.CHANGED, id + ": moved"));
    }
    return lines;
  }

  /** A wire is listed under the node it leaves, which is the one the canvas centres. */
  private static DiffLine wire(FlowEdge edge, Kind kind, String what) {
    String port = FlowEdge.NEXT.equals(edge.port()) ? "" : " (" + edge.port() + ")";
    return new DiffLine(edge.from(), kind, edge.from() + port + ARROW + edge.to() + ": " + what);
  }

  /** Absent values read as "(none)"; text is quoted so that spaces at its ends show. */
  private static String value(Object value) {
    if (value == null) {
      return "(none)";
    }
    return value instanceof String text ? "“" + text + "”" : value.toString();
  }
}
