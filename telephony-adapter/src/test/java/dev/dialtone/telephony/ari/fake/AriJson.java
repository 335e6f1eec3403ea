package dev.dialtone.telephony.ari.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** ARI 10 JSON as Asterisk 22 writes it (only fields the ARI 10 models know). */
final class AriJson {

  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  private AriJson() {}

  static String now() {
    return ZonedDateTime.now(ZoneOffset.UTC).format(TIME);
  }

  static ObjectNode channel(FakeChannel channel) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", channel.id());
    node.put("name", channel.name());
    node.put("state", channel.state());
    node.putObject("caller").put("name", "").put("number", channel.callerNumber());
    node.putObject("connected").put("name", "").put("number", "");
    node.put("accountcode", "");
    ObjectNode dialplan = node.putObject("dialplan");
    dialplan.put("context", channel.context());
    dialplan.put("exten", channel.exten());
    dialplan.put("priority", 1);
    dialplan.put("app_name", "Stasis");
    dialplan.put("app_data", "");
    node.put("creationtime", channel.created());
    node.put("language", "en");
    return node;
  }

  static ObjectNode event(String type, String app) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("type", type);
    node.put("application", app);
    node.put("timestamp", now());
    node.put("asterisk_id", "fa:ke:00:00:00:01");
    return node;
  }

  static ObjectNode playback(String id, String media, String channelId, String state) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", id);
    node.put("media_uri", media);
    node.put("target_uri", "channel:" + channelId);
    node.put("language", "en");
    node.put("state", state);
    return node;
  }

  static ObjectNode recording(
      String name, String channelId, String state, int durationSeconds, String cause) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("name", name);
    node.put("format", "wav");
    node.put("target_uri", "channel:" + channelId);
    node.put("state", state);
    if (state.equals("done") || state.equals("failed")) {
      node.put("duration", durationSeconds);
    }
    if (cause != null) {
      node.put("cause", cause);
    }
    return node;
  }

  static ObjectNode bridge(String id) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", id);
    node.put("technology", "simple_bridge");
    node.put("bridge_type", "mixing");
    node.put("bridge_class", "stasis");
    node.put("creator", "Stasis");
    node.put("name", "");
    node.putArray("channels");
    node.put("creationtime", now());
    return node;
  }

  static ObjectNode error(String message) {
    return MAPPER.createObjectNode().put("message", message);
  }
}
