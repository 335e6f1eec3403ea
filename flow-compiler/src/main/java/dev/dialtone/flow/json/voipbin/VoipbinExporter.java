package dev.dialtone.flow.json.voipbin;

import dev.dialtone.flow.Problem;
import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.flow.model.FlowEdge;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.flow.nodes.StartNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a flow as {@code {"name", "actions": [...]}}. The start node is implicit in VoIPBIN: the
 * node it leads to becomes the first action, the others follow in document order. Every action has
 * an id, and jumps go by id ({@code target_ids}, {@code target_id}, {@code next_id}); {@code
 * next_id} only appears where the call does not simply go on to the following action.
 */
public final class VoipbinExporter {

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  public VoipbinExport export(FlowDocument document) {
    List<Problem> problems = new ArrayList<>();
    List<FlowNode> order = order(document, problems);
    ActionLinks links = new ActionLinks(MAPPER, order, document.edges(), problems);
    ArrayNode actions = MAPPER.createArrayNode();
    for (FlowNode node : order) {
      Optional<VoipbinAction> mapping = VoipbinActions.byNodeType(node.type());
      if (mapping.isEmpty()) {
        links.problem(node, "type", "VoIPBIN has no action for this node type");
        continue;
      }
      ObjectNode option = mapping.get().write(node, links);
      ObjectNode action = actions.addObject();
      action.put("id", ActionLinks.actionId(node.id()));
      String nextId = links.takeNextId();
      if (nextId != null) {
        action.put("next_id", nextId);
      }
      action.put("type", mapping.get().actionType());
      action.set("option", option);
    }
    if (!problems.isEmpty()) {
      return new VoipbinExport(null, problems);
    }
    ObjectNode root = MAPPER.createObjectNode();
    root.put("name", document.name());
    root.set("actions", actions);
    return new VoipbinExport(MAPPER.writeValueAsString(root), List.of());
  }

  /** The entry action first, then every other non-start node in document order. */
  private static List<FlowNode> order(FlowDocument document, List<Problem> problems) {
    List<FlowNode> starts =
        document.nodes().stream().filter(n -> n.type().equals(StartNode.NAME)).toList();
    String entry =
        starts.isEmpty()
            ? null
            : document.edges().stream()
                .filter(e -> e.from().equals(starts.get(0).id()))
                .map(FlowEdge::to)
                .findFirst()
                .orElse(null);
    if (entry == null) {
      problems.add(
          Problem.ofDocument(
              "nodes",
              VoipbinProblemCodes.NOT_EXPORTABLE,
              "the flow needs a start node wired to its first node to become an action list"));
    }
    List<FlowNode> order = new ArrayList<>();
    document.nodes().stream().filter(n -> n.id().equals(entry)).findFirst().ifPresent(order::add);
    document.nodes().stream()
        .filter(n -> !n.type().equals(StartNode.NAME) && !n.id().equals(entry))
        .forEach(order::add);
    return order;
  }
}
