package dev.dialtone.flow.emit;

import dev.dialtone.flow.lower.Flow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Each element's incoming and outgoing sequence flows, indexed once for the whole model. */
final class FlowIndex {

  private final Map<String, List<String>> incoming = new HashMap<>();
  private final Map<String, List<String>> outgoing = new HashMap<>();
  private final Map<String, String> defaults = new HashMap<>();

  FlowIndex(List<Flow> flows) {
    for (Flow flow : flows) {
      outgoing.computeIfAbsent(flow.source(), k -> new ArrayList<>()).add(flow.id());
      incoming.computeIfAbsent(flow.target(), k -> new ArrayList<>()).add(flow.id());
      if (flow.isDefault()) {
        defaults.put(flow.source(), flow.id());
      }
    }
  }

  List<String> incoming(String elementId) {
    return incoming.getOrDefault(elementId, List.of());
  }

  List<String> outgoing(String elementId) {
    return outgoing.getOrDefault(elementId, List.of());
  }

  /** The default flow of a gateway, or null. */
  String defaultFlow(String elementId) {
    return defaults.get(elementId);
  }
}
