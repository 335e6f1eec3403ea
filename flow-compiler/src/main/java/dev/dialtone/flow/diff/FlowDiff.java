package dev.dialtone.flow.diff;

import dev.dialtone.flow.model.FlowEdge;
import java.util.List;

/**
 * What changed between two versions of a flow.
 *
 * @param name the flow's name, when it changed; else null
 * @param addedNodes ids of nodes only the newer version has
 * @param removedNodes ids of nodes only the older version has
 * @param changedNodes nodes in both whose type, options or position differ
 * @param addedWires edges only the newer version has
 * @param removedWires edges only the older version has
 */
public record FlowDiff(
    ValueChange name,
    List<String> addedNodes,
    List<String> removedNodes,
    List<NodeChange> changedNodes,
    List<FlowEdge> addedWires,
    List<FlowEdge> removedWires) {

  public FlowDiff {
    addedNodes = List.copyOf(addedNodes);
    removedNodes = List.copyOf(removedNodes);
    changedNodes = List.copyOf(changedNodes);
    addedWires = List.copyOf(addedWires);
    removedWires = List.copyOf(removedWires);
  }

  public boolean isEmpty() {
    return name == null
        && addedNodes.isEmpty()
        && removedNodes.isEmpty()
        && changedNodes.isEmpty()
        && addedWires.isEmpty()
        && removedWires.isEmpty();
  }

  /** A value before and after; either side is null when absent. */
  public record ValueChange(Object from, Object to) {}

  /**
   * A node present in both versions that differs.
   *
   * @param type the node type, when it changed; else null
   * @param options changed options by name, in the newer version's order, then removed ones
   * @param moved whether its canvas position changed
   */
  public record NodeChange(
      String nodeId, ValueChange type, List<OptionChange> options, boolean moved) {

    public NodeChange {
      options = List.copyOf(options);
    }
  }

  /**
   * An option set, changed or removed: {@code from} is null when it was added, {@code to} when
   * removed.
   */
  public record OptionChange(String option, Object from, Object to) {}
}
