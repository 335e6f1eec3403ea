package dev.dialtone.flow.lower;

import dev.dialtone.flow.model.FlowNode;
import java.util.List;

/**
 * What one flow node lowers to: its elements (the first is the entry, whose id is the node id), the
 * flows between them, and one exit per port.
 */
public record Fragment(FlowNode node, List<Element> elements, List<Flow> flows, List<Exit> exits) {

  public Fragment {
    elements = List.copyOf(elements);
    flows = List.copyOf(flows);
    exits = List.copyOf(exits);
    if (elements.isEmpty() || !elements.get(0).id().equals(node.id())) {
      throw new IllegalArgumentException(
          "node '" + node.id() + "': the first element must carry the node id");
    }
  }

  /** A node that is a single element. */
  public static Fragment of(FlowNode node, Element element, List<Exit> exits) {
    return new Fragment(node, List.of(element), List.of(), exits);
  }

  public String entry() {
    return elements.get(0).id();
  }

  public Exit exit(String port) {
    return exits.stream()
        .filter(e -> e.port().equals(port))
        .findFirst()
        .orElseThrow(
            () -> new IllegalStateException("node '" + node.id() + "' has no port '" + port + "'"));
  }
}
