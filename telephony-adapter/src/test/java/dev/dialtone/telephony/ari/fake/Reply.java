package dev.dialtone.telephony.ari.fake;

import com.fasterxml.jackson.databind.JsonNode;

/** An HTTP answer of the fake: status, and a JSON body or raw bytes (or nothing). */
record Reply(int status, String contentType, byte[] body) {

  static Reply json(int status, JsonNode node) {
    return new Reply(status, "application/json", node.toString().getBytes());
  }

  static Reply noContent() {
    return new Reply(204, null, new byte[0]);
  }

  static Reply notFound(String what) {
    return json(404, AriJson.error(what + " not found"));
  }

  static Reply bytes(String contentType, byte[] body) {
    return new Reply(200, contentType, body);
  }
}
