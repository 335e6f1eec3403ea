package dev.dialtone.flow.diff;

import dev.dialtone.flow.diff.FlowDiff.NodeChange;
import dev.dialtone.flow.diff.FlowDiff.OptionChange;
import dev.dialtone.flow.diff.FlowDiff.ValueChange;
import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.flow.model.FlowEdge;
import dev.dialtone.flow.model.FlowNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Compares two documents node by node (matched by id) and wire by wire (matched by from, port and
 * to). Each side is indexed once, so a diff is linear in the size of the two flows. Options are
 * compared as written in the documents: a default left out and the same value written out count as
 * different, as they read differently in the property panel.
 */
public final class FlowDiffer {

  public FlowDiff diff(FlowDocument from, FlowDocument to) {
    Map<String, FlowNode> before = byId(from);
    Map<String, FlowNode> after = byId(to);
    List<String> added = new ArrayList<>();
    List<NodeChange> changed = new ArrayList<>();
    after.forEach(
        (id, node) -> {
          FlowNode old = before.get(id);
          if (old == null) {
            added.add(id);
          } else {
            nodeChange(old, node).ifPresent(changed::add);
          }
        });
    List<String> removed = before.keySet().stream().filter(id -> !after.containsKey(id)).toList();
    Set<FlowEdge> wiresBefore = new LinkedHashSet<>(from.edges());
    Set<FlowEdge> wiresAfter = new LinkedHashSet<>(to.edges());
    return new FlowDiff(
        Objects.equals(from.name(), to.name()) ? null : new ValueChange(from.name(), to.name()),
        added,
        removed,
        changed,
        wiresAfter.stream().filter(e -> !wiresBefore.contains(e)).toList(),
        wiresBefore.stream().filter(e -> !wiresAfter.contains(e)).toList());
  }

  private static Optional<NodeChange> nodeChange(FlowNode from, FlowNode to) {
    ValueChange type =
        from.type().equals(to.type()) ? null : new ValueChange(from.type(), to.type());
    List<OptionChange> options = new ArrayList<>();
    to.options()
        .forEach(
            (name, value) -> {
              Object old = from.options().get(name);
              if (!value.equals(old)) {
                options.add(new OptionChange(name, old, value));
              }
            });
    from.options()
        .forEach(
            (name, value) -> {
              if (!to.options().containsKey(name)) {
                options.add(new OptionChange(name, value, null));
              }
            });
    boolean moved = !Objects.equals(from.x(), to.x()) || !Objects.equals(from.y(), to.y());
    if (type == null && options.isEmpty() && !moved) {
      return Optional.empty();
    }
    return Optional.of(new NodeChange(to.id(), type, options, moved));
  }

  // A draft may repeat an id; the first node with it is the one the canvas shows.
  private static Map<String, FlowNode> byId(FlowDocument document) {
    Map<String, FlowNode> nodes = new LinkedHashMap<>();
    document.nodes().forEach(node -> nodes.putIfAbsent(node.id(), node));
    return nodes;
  }
}
