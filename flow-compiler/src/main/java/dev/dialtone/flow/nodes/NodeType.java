package dev.dialtone.flow.nodes;

import dev.dialtone.flow.Problem;
import dev.dialtone.flow.model.FlowNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a node type is: its options, its ports, and the checks its options need beyond their
 * declared rules. One implementation per type, annotated {@code @AutoService(NodeType.class)} so
 * that {@link NodeCatalogue} finds it.
 */
public interface NodeType {

  /** Where the palette lists the type: lower first (start 10 … hangup last, 1000). */
  int paletteOrder();

  /** The {@code type} in documents, e.g. {@code talk}. */
  String name();

  /** One line for the palette. */
  String description();

  /** The accent colour the canvas draws nodes of this type in, as CSS hex ({@code #2563eb}). */
  String colour();

  /** The icon the palette and the canvas show, a Vaadin icon name ({@code vaadin:comment}). */
  String icon();

  List<OptionSpec> options();

  /**
   * Whether a worker acts on the call here (speaks, listens, dials…), so the call spends time in
   * the node. A loop through nodes that are not actions would spin without the caller noticing.
   */
  default boolean isAction() {
    return true;
  }

  /** Ports every node of this type has. */
  List<Port> fixedPorts();

  /** The option whose values are also ports (branch: {@code cases}), or null. */
  default String portsOption() {
    return null;
  }

  /** The ports of this node, which may depend on its options. */
  default List<Port> ports(FlowNode node) {
    return fixedPorts();
  }

  /**
   * Problems the declared option rules cannot express. Called only when every present option has
   * the right type.
   */
  default List<Problem> check(FlowNode node) {
    return List.of();
  }

  /**
   * Problems with what the node refers to outside the document (saved groups), judged against what
   * the application knows. Called only when the node has no other problem.
   */
  default List<Problem> checkReferences(FlowNode node, KnownGroups groups) {
    return List.of();
  }

  default Optional<OptionSpec> option(String name) {
    return options().stream().filter(o -> o.name().equals(name)).findFirst();
  }

  default Optional<Port> port(FlowNode node, String name) {
    return ports(node).stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** The node's options with defaults filled in, in catalogue order. */
  default Map<String, Object> effectiveOptions(FlowNode node) {
    Map<String, Object> effective = new LinkedHashMap<>();
    for (OptionSpec spec : options()) {
      Object value = node.options().getOrDefault(spec.name(), spec.defaultValue());
      if (value != null) {
        effective.put(spec.name(), value);
      }
    }
    return effective;
  }
}
