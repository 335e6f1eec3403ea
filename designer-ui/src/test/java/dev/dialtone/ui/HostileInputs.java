package dev.dialtone.ui;

import java.util.List;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hostile request bodies from a seeded {@link Random}: valid documents with one value replaced by
 * something nasty (a wrong type, a huge string or array, deep nesting, control characters, script
 * tags, odd numbers), unknown fields, and text that is not JSON at all. The same seed gives the
 * same inputs, so a failure can be replayed.
 */
final class HostileInputs {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> NASTY_TEXT =
      List.of(
          "<script>alert(1)</script>",
          "<img src=x onerror=alert(1)>",
          "\"><svg/onload=alert(1)>",
          "\u0000\u0001\u0007\b\f\u001b[31m\r\n",
          "\ud800",
          "\u202eevil\u202c",
          "' OR 1=1 --",
          "${jndi:ldap://127.0.0.1/x}",
          "#{7*7}",
          "../../../../etc/passwd",
          "%00%0d%0a",
          "\uFEFF",
          "",
          " ",
          "+",
          "+1",
          "+0000000000000000000000000",
          "+4930123456789012345");

  private final Random random;

  HostileInputs(long seed) {
    this.random = new Random(seed);
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  /** A document (or any JSON tree) with one value somewhere in it replaced, added or removed. */
  String mutate(String validJson) {
    if (random.nextInt(12) == 0) {
      return garbage(validJson);
    }
    JsonNode tree = JSON.readTree(validJson);
    JsonNode mutated = mutateNode(tree, 0);
    return JSON.writeValueAsString(mutated);
  }

  /** Something for a field: often nasty, sometimes of the wrong type. */
  JsonNode value() {
    return switch (random.nextInt(14)) {
      case 0 -> NODES.stringNode(hugeString());
      case 1 -> hugeArray();
      case 2 ->
          deepNesting(2 + random.nextInt(400)); // the writer stops at 500; garbage() nests deeper
      case 3 -> NODES.numberNode(random.nextLong());
      case 4 -> NODES.numberNode(random.nextBoolean() ? Double.MAX_VALUE : -0.0);
      case 5 -> NODES.booleanNode(random.nextBoolean());
      case 6 -> NODES.nullNode();
      case 7 -> NODES.objectNode().put("x", text());
      case 8 -> NODES.arrayNode().add(text()).add(random.nextInt());
      case 9 -> NODES.numberNode(new java.math.BigDecimal("1e" + random.nextInt(400)));
      default -> NODES.stringNode(text());
    };
  }

  String text() {
    String nasty = NASTY_TEXT.get(random.nextInt(NASTY_TEXT.size()));
    return random.nextBoolean() ? nasty : nasty + randomChars(1 + random.nextInt(40));
  }

  /** A JSON object with the given fields, each either hostile or the given good value. */
  String object(String... fieldsAndGoodValues) {
    ObjectNode body = NODES.objectNode();
    for (int i = 0; i < fieldsAndGoodValues.length; i += 2) {
      String field = fieldsAndGoodValues[i];
      int roll = random.nextInt(4);
      if (roll == 0) {
        continue; // field left out
      }
      body.set(field, roll == 1 ? NODES.stringNode(fieldsAndGoodValues[i + 1]) : value());
    }
    if (random.nextInt(5) == 0) {
      body.set(text(), value());
    }
    String json = JSON.writeValueAsString(body);
    return random.nextInt(10) == 0 ? garbage(json) : json;
  }

  private JsonNode mutateNode(JsonNode node, int depth) {
    if (node instanceof ObjectNode object && !object.isEmpty()) {
      List<String> names = object.propertyNames().stream().toList();
      String name = names.get(random.nextInt(names.size()));
      int roll = random.nextInt(10);
      if (roll < 4 && depth < 4 && object.get(name).isContainer()) {
        object.set(name, mutateNode(object.get(name), depth + 1));
      } else if (roll < 8) {
        object.set(name, value());
      } else if (roll == 8) {
        object.remove(name);
      } else {
        object.set(text(), value());
      }
      return object;
    }
    if (node instanceof ArrayNode array && !array.isEmpty()) {
      int index = random.nextInt(array.size());
      int roll = random.nextInt(6);
      if (roll < 3 && depth < 4 && array.get(index).isContainer()) {
        array.set(index, mutateNode(array.get(index), depth + 1));
      } else if (roll < 5) {
        array.set(index, value());
      } else {
        for (int i = 0; i < 1 + random.nextInt(3000); i++) {
          array.add(array.get(index).deepCopy()); // duplicates: same ids many times
        }
      }
      return array;
    }
    return value();
  }

  private String garbage(String json) {
    return switch (random.nextInt(7)) {
      case 0 -> json.substring(0, random.nextInt(Math.max(1, json.length())));
      case 1 -> "[".repeat(1 + random.nextInt(100_000));
      case 2 -> "{\"a\":".repeat(1 + random.nextInt(20_000)) + "1";
      case 3 -> json.replace(':', random.nextBoolean() ? ';' : '=');
      case 4 -> "\uFEFF" + json + ",";
      case 5 -> text();
      default -> json + json;
    };
  }

  private String hugeString() {
    int length = random.nextInt(4) == 0 ? 1_100_000 : 1_000 + random.nextInt(200_000);
    return "A".repeat(length - 1) + (char) random.nextInt(0x20);
  }

  private ArrayNode hugeArray() {
    ArrayNode array = NODES.arrayNode();
    int size = 100 + random.nextInt(60_000);
    for (int i = 0; i < size; i++) {
      array.add(i);
    }
    return array;
  }

  private JsonNode deepNesting(int depth) {
    JsonNode node = NODES.stringNode("deep");
    for (int i = 0; i < depth; i++) {
      node = random.nextBoolean() ? NODES.arrayNode().add(node) : NODES.objectNode().set("n", node);
    }
    return node;
  }

  private String randomChars(int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append((char) random.nextInt(0x3000));
    }
    return text.toString();
  }
}
