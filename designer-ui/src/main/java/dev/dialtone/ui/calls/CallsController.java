package dev.dialtone.ui.calls;

import dev.dialtone.runtime.calls.CallEvent;
import dev.dialtone.runtime.calls.CallPage;
import dev.dialtone.runtime.calls.CallQueries;
import dev.dialtone.runtime.calls.CallStep;
import dev.dialtone.runtime.outbound.OutboundCallService;
import dev.dialtone.ui.api.Ids;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Call history: records, transcripts (what the caller heard and did) and traces (which nodes ran);
 * and calls placed to a phone that run a flow when answered.
 */
@RestController
@RequestMapping("/api/v1/calls")
class CallsController {

  private final CallQueries calls;
  private final OutboundCallService outbound;

  CallsController(CallQueries calls, OutboundCallService outbound) {
    this.calls = calls;
    this.outbound = outbound;
  }

  /** What to call, and which flow runs when it answers. */
  record PlaceCall(String destination, String flowId, String revision) {}

  /**
   * Dials the destination; the record ({@code GET /api/v1/calls/{id}}) goes dialing → ringing →
   * progressing → hangup, and the flow runs once the far end answers.
   */
  @PostMapping
  ResponseEntity<Map<String, UUID>> place(@RequestBody PlaceCall request) {
    UUID flowId = Ids.require("flow_id", request.flowId());
    UUID callId = outbound.call(request.destination(), flowId, request.revision());
    return ResponseEntity.created(URI.create("/api/v1/calls/" + callId))
        .body(Map.of("call_id", callId));
  }

  /** A page of the call list and where the next one starts (null: this was the last page). */
  record CallListResponse(List<CallResponse> calls, String nextCursor) {}

  /**
   * Calls newest first, a page at a time: pass the answer's {@code next_cursor} as {@code cursor}
   * (with the same filters) for the next page. {@code number} is the caller or the called number;
   * {@code since} (inclusive) and {@code until} (exclusive) are instants; {@code chained=false}
   * leaves out the legs dialed for other calls, {@code master_call_id} keeps one call's legs.
   */
  @GetMapping
  CallListResponse list(
      @RequestParam(name = "flow_id", required = false) String flowId,
      @RequestParam(required = false) String number,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String direction,
      @RequestParam(required = false) String chained,
      @RequestParam(name = "master_call_id", required = false) String masterCallId,
      @RequestParam(required = false) String since,
      @RequestParam(required = false) String until,
      @RequestParam(required = false) String cursor,
      @RequestParam(required = false) String limit,
      HttpServletRequest request) {
    CallListParams params =
        new CallListParams(
            flowId, number, status, direction, chained, masterCallId, since, until, cursor, limit);
    CallPage page = calls.page(params.filter(request.getParameterMap().keySet()));
    return new CallListResponse(
        page.calls().stream().map(CallResponse::of).toList(),
        page.next() == null ? null : page.next().token());
  }

  @GetMapping("/{id}")
  CallResponse get(@PathVariable UUID id) {
    return CallResponse.of(calls.get(id), calls.chainedCallIds(id));
  }

  @GetMapping("/{id}/transcript")
  Map<String, List<Map<String, Object>>> transcript(@PathVariable UUID id) {
    return Map.of("events", calls.transcript(id).stream().map(CallsController::event).toList());
  }

  @GetMapping("/{id}/trace")
  Map<String, List<StepResponse>> trace(@PathVariable UUID id) {
    return Map.of("steps", calls.trace(id).stream().map(StepResponse::of).toList());
  }

  /** One executed node. */
  record StepResponse(
      String nodeId, String nodeType, Instant startedAt, Instant endedAt, String outcome) {
    static StepResponse of(CallStep step) {
      return new StepResponse(
          step.nodeId(), step.nodeType(), step.startedAt(), step.endedAt(), step.outcome());
    }
  }

  private static Map<String, Object> event(CallEvent event) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("at", event.at());
    String type = event.type().name().toLowerCase(Locale.ROOT);
    out.put("type", type);
    out.put("node_id", event.nodeId());
    switch (event.type()) {
      case TALK -> out.put("text", event.content());
      case PLAY -> out.put("url", event.content());
      case DIGITS -> out.put("digits", event.content());
      case NO_INPUT -> out.put("timeout_ms", Long.valueOf(event.content()));
      case RECORD_STARTED -> {}
      case RECORD_FINISHED -> out.put("duration_ms", Long.valueOf(event.content()));
      case BRIDGED -> out.put("leg_call_id", event.content());
      case HANGUP ->
          out.put(
              "by",
              event.content() == null || event.content().isEmpty() ? "flow" : event.content());
    }
    return out;
  }
}
