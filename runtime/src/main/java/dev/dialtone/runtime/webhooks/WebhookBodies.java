package dev.dialtone.runtime.webhooks;

import static dev.dialtone.runtime.db.DbEnums.toDb;

import dev.dialtone.runtime.calls.CallChange;
import dev.dialtone.runtime.calls.CallRecord;
import dev.dialtone.runtime.recordings.Recording;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON a receiver gets: the event, what changed (status, or hang-up reason and side) and when,
 * and the call record as it stood once the change was stored. Field names are snake_case, like the
 * REST API's.
 */
final class WebhookBodies {

  private final JsonMapper json = JsonMapper.builder().build();

  String body(WebhookEvent event, CallChange change, CallRecord call) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("event", event.wireName());
    switch (change) {
      case CallChange.Insert insert -> {
        body.put("status", toDb(insert.call().status()));
        body.put("at", text(insert.call().createdAt()));
      }
      case CallChange.Status status -> {
        body.put("status", toDb(status.status()));
        body.put("at", text(status.at()));
      }
      case CallChange.Hangup hangup -> {
        body.put("status", "hangup");
        body.put("at", text(hangup.at()));
        body.put("hangup_reason", toDb(hangup.reason()));
        body.put("hangup_by", toDb(hangup.by()));
      }
      default -> throw new IllegalArgumentException("no webhook event for " + change);
    }
    body.put("call", record(call));
    return json.writeValueAsString(body);
  }

  /**
   * {@code recording_finished}: the recording, where to download it, and its call.
   *
   * @param call null when its record is not stored yet
   */
  String body(Recording recording, CallRecord call) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("event", WebhookEvent.RECORDING_FINISHED.wireName());
    body.put("at", text(recording.createdAt()));
    Map<String, Object> stored = new LinkedHashMap<>();
    stored.put("id", recording.id().toString());
    stored.put("call_id", recording.callId().toString());
    stored.put("node_id", recording.nodeId());
    stored.put("duration_ms", recording.durationMs());
    stored.put("end_reason", recording.endReason());
    stored.put("size_bytes", recording.sizeBytes());
    // A path, not a URL: the runtime does not know the address its API is reached by.
    stored.put("download_url", "/api/v1/recordings/" + recording.id() + "/audio");
    body.put("recording", stored);
    body.put("call", call == null ? null : record(call));
    return json.writeValueAsString(body);
  }

  private static Map<String, Object> record(CallRecord c) {
    Map<String, Object> call = new LinkedHashMap<>();
    call.put("id", c.id().toString());
    call.put("flow_id", c.flowId() == null ? null : c.flowId().toString());
    call.put("flow_version", c.flowVersion());
    call.put("revision", toDb(c.revision()));
    call.put("direction", toDb(c.direction()));
    call.put("from", c.source());
    call.put("to", c.destination());
    call.put("status", toDb(c.status()));
    call.put("hangup_reason", toDb(c.hangupReason()));
    call.put("hangup_by", toDb(c.hangupBy()));
    call.put("reject_reason", c.rejectReason());
    call.put("master_call_id", c.masterCallId() == null ? null : c.masterCallId().toString());
    call.put("tm_create", text(c.tmCreate()));
    call.put("tm_ringing", text(c.tmRinging()));
    call.put("tm_progressing", text(c.tmProgressing()));
    call.put("tm_hangup", text(c.tmHangup()));
    call.put("tm_update", text(c.tmUpdate()));
    return call;
  }

  private static String text(Instant at) {
    return at == null ? null : at.toString();
  }
}
