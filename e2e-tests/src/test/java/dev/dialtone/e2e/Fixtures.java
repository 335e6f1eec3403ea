package dev.dialtone.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Flow documents the journeys start from (test resources under flows/). */
final class Fixtures {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Fixtures() {}

  /** A name no other journey in this run uses. */
  static String unique(String prefix) {
    return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  /** The seed IVR (menu, digits, a branch on 1/2/3 with default, retry loop) under a new name. */
  static ObjectNode seedIvr(String name) {
    ObjectNode document = (ObjectNode) JSON.readTree(resource("/flows/seed-ivr.json"));
    document.put("name", name);
    return document;
  }

  /** The same document with the branch's {@code default} port left unconnected. */
  static ObjectNode withoutDefault(ObjectNode document) {
    ObjectNode copy = document.deepCopy();
    ArrayNode edges = (ArrayNode) copy.get("edges");
    for (int i = edges.size() - 1; i >= 0; i--) {
      JsonNode edge = edges.get(i);
      if (edge.has("port") && "default".equals(edge.get("port").asString())) {
        edges.remove(i);
      }
    }
    return copy;
  }

  static String resource(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
