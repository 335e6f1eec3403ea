package dev.dialtone.flow.json;

import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.flow.model.FlowEdge;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.flow.nodes.NodeCatalogue;
import dev.dialtone.flow.nodes.NodeType;
import dev.dialtone.flow.nodes.OptionSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes canonical native JSON: pretty, fields in a fixed order, options in catalogue order, so
 * exports diff cleanly. Positions, empty options and the {@code next} port are left out.
 */
public final class FlowJsonWriter {

  private final NodeCatalogue catalogue;

  public FlowJsonWriter(NodeCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  public String write(FlowDocument document) {
    return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree(document));
  }

  /** The document as a JSON tree, e.g. to embed it in an API response. */
  public ObjectNode tree(FlowDocument document) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("format", document.format());
    root.put("name", document.name());
    ArrayNode nodes = root.putArray("nodes");
    document.nodes().forEach(node -> nodes.add(node(node)));
    ArrayNode edges = root.putArray("edges");
    document.edges().forEach(edge -> edges.add(edge(edge)));
    return root;
  }

  private ObjectNode node(FlowNode node) {
    ObjectNode json = Json.MAPPER.createObjectNode();
    json.put("id", node.id());
    json.put("type", node.type());
    if (node.x() != null) {
      json.put("x", node.x());
    }
    if (node.y() != null) {
      json.put("y", node.y());
    }
    if (!node.options().isEmpty()) {
      ObjectNode options = json.putObject("options");
      for (String name : optionOrder(node)) {
        options.set(name, Json.MAPPER.valueToTree(node.options().get(name)));
      }
    }
    return json;
  }

  private static ObjectNode edge(FlowEdge edge) {
    ObjectNode json = Json.MAPPER.createObjectNode();
    json.put("from", edge.from());
    if (!edge.port().equals(FlowEdge.NEXT)) {
      json.put("port", edge.port());
    }
    json.put("to", edge.to());
    return json;
  }

  // Declared options first, as the property panel lists them; anything else alphabetically.
  private List<String> optionOrder(FlowNode node) {
    List<String> declared =
        catalogue.find(node.type()).map(NodeType::options).orElse(List.of()).stream()
            .map(OptionSpec::name)
            .toList();
    List<String> names = new ArrayList<>(node.options().keySet());
    names.sort(
        Comparator.comparingInt((String name) -> rank(declared, name))
            .thenComparing(Comparator.naturalOrder()));
    return names;
  }

  private static int rank(List<String> declared, String name) {
    int index = declared.indexOf(name);
    return index < 0 ? Integer.MAX_VALUE : index;
  }
}
