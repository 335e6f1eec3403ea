package dev.dialtone.ui.flows;

import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.flow.model.FlowEdge;
import dev.dialtone.flow.model.FlowNode;
import java.util.List;
import java.util.Map;

/** What a new flow starts as: the smallest valid call, answered and hung up. */
final class StarterFlow {

  private StarterFlow() {}

  static FlowDocument named(String name) {
    return new FlowDocument(
        name,
        List.of(
            new FlowNode("start", "start", 40, 80, Map.of()),
            new FlowNode("hangup", "hangup", 280, 80, Map.of())),
        List.of(new FlowEdge("start", "hangup")));
  }
}
