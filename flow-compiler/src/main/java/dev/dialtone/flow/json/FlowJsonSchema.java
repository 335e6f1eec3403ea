package dev.dialtone.flow.json;

import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.flow.model.FlowEdge;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.flow.nodes.Destinations;
import dev.dialtone.flow.nodes.GroupIds;
import dev.dialtone.flow.nodes.NodeCatalogue;
import dev.dialtone.flow.nodes.NodeType;
import dev.dialtone.flow.nodes.OptionRule;
import dev.dialtone.flow.nodes.OptionSpec;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the JSON Schema (draft 2020-12) of {@code dialtone.flow/1} from the node catalogue, so
 * the published schema names exactly the node types and options the compiler knows.
 *
 * <p>It describes a document that can be published: option rules and required options are in it.
 * Graph rules (one start, every port wired) are beyond JSON Schema and stay with validation.
 */
public final class FlowJsonSchema {

  static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  private final NodeCatalogue catalogue;

  public FlowJsonSchema(NodeCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  public String write() {
    return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(schema());
  }

  public ObjectNode schema() {
    ObjectNode schema = object();
    schema.put("$schema", DIALECT);
    schema.put("title", "Dialtone call flow (" + FlowDocument.FORMAT + ")");
    schema.put("type", "object");
    schema.putArray("required").add("format").add("name");
    schema.put("additionalProperties", false);
    ObjectNode properties = schema.putObject("properties");
    properties.putObject("format").put("const", FlowDocument.FORMAT);
    properties
        .putObject("name")
        .put("type", "string")
        .put("pattern", "\\S")
        .put("maxLength", FlowDocument.MAX_NAME_LENGTH);
    array(properties, "nodes", "#/$defs/node", FlowJsonReader.MAX_NODES);
    array(properties, "edges", "#/$defs/edge", FlowJsonReader.MAX_EDGES);

    ObjectNode defs = schema.putObject("$defs");
    defs.set("node_id", nodeId());
    ArrayNode oneOf = defs.putObject("node").putArray("oneOf");
    for (NodeType type : catalogue.types()) {
      String name = "node_" + type.name();
      defs.set(name, node(type));
      oneOf.addObject().put("$ref", "#/$defs/" + name);
    }
    defs.set("edge", edge());
    return schema;
  }

  private static ObjectNode nodeId() {
    ObjectNode id = object().put("type", "string").put("pattern", FlowNode.ID_PATTERN.pattern());
    id.putObject("not").put("pattern", FlowNode.RESERVED_ID_PART);
    return id;
  }

  private static ObjectNode node(NodeType type) {
    ObjectNode node = object().put("description", type.description()).put("type", "object");
    List<OptionSpec> required = type.options().stream().filter(OptionSpec::required).toList();
    ArrayNode requiredFields = node.putArray("required").add("id").add("type");
    if (!required.isEmpty()) {
      requiredFields.add("options");
    }
    node.put("additionalProperties", false);
    ObjectNode properties = node.putObject("properties");
    properties.putObject("id").put("$ref", "#/$defs/node_id");
    properties.putObject("type").put("const", type.name());
    properties.putObject("x").put("type", "integer");
    properties.putObject("y").put("type", "integer");
    ObjectNode options = properties.putObject("options").put("type", "object");
    ArrayNode requiredOptions = options.putArray("required");
    required.forEach(spec -> requiredOptions.add(spec.name()));
    options.put("additionalProperties", false);
    ObjectNode optionProperties = options.putObject("properties");
    type.options().forEach(spec -> optionProperties.set(spec.name(), option(spec)));
    return node;
  }

  private static ObjectNode option(OptionSpec spec) {
    ObjectNode option = object().put("type", spec.type().jsonType());
    if (spec.description() != null) {
      option.put("description", spec.description());
    }
    if (spec.defaultValue() != null) {
      option.set("default", Json.MAPPER.valueToTree(spec.defaultValue()));
    }
    switch (spec.type()) {
      case STRING_LIST -> option.putObject("items").put("type", "string");
      case DESTINATION -> option.setAll(destination(spec));
      case DESTINATION_LIST -> option.set("items", destination(spec));
      case GROUP -> option.put("pattern", GroupIds.OPTION_SCHEMA_PATTERN);
      default -> {}
    }
    for (OptionRule rule : spec.rules()) {
      for (Map.Entry<String, Object> keyword : rule.schema().entrySet()) {
        option.set(keyword.getKey(), Json.MAPPER.valueToTree(keyword.getValue()));
      }
    }
    return option;
  }

  /** The object shape of one destination, with the types the option's rule accepts. */
  private static ObjectNode destination(OptionSpec spec) {
    List<String> types =
        spec.rules().stream()
            .filter(OptionRule.DestinationsRule.class::isInstance)
            .map(rule -> ((OptionRule.DestinationsRule) rule).types())
            .findFirst()
            .orElse(List.of());
    return Json.MAPPER.valueToTree(Destinations.schema(types));
  }

  private static ObjectNode edge() {
    ObjectNode edge = object().put("type", "object");
    edge.putArray("required").add("from").add("to");
    edge.put("additionalProperties", false);
    ObjectNode properties = edge.putObject("properties");
    properties.putObject("from").put("$ref", "#/$defs/node_id");
    properties.putObject("port").put("type", "string").put("default", FlowEdge.NEXT);
    properties.putObject("to").put("$ref", "#/$defs/node_id");
    return edge;
  }

  private static void array(ObjectNode properties, String name, String itemRef, int maxItems) {
    ObjectNode array = properties.putObject(name).put("type", "array").put("maxItems", maxItems);
    array.putObject("items").put("$ref", itemRef);
  }

  private static ObjectNode object() {
    return Json.MAPPER.createObjectNode();
  }
}
