package dev.dialtone.ui.calls;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.dialtone.runtime.calls.CallRecord;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A call record in the seed lifecycle's words (all lower case on the wire). {@code
 * chained_call_ids} (the legs a groupcall dialed for it) is only in the single-call answer: the
 * list would need a query per call for it.
 */
record CallResponse(
    UUID id,
    UUID flowId,
    Integer flowVersion,
    String revision,
    String direction,
    String from,
    String to,
    String status,
    String hangupReason,
    String hangupBy,
    String rejectReason,
    UUID masterCallId,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<UUID> chainedCallIds,
    Instant tmCreate,
    Instant tmRinging,
    Instant tmProgressing,
    Instant tmHangup,
    Instant tmUpdate) {

  static CallResponse of(CallRecord call) {
    return of(call, null);
  }

  static CallResponse of(CallRecord call, List<UUID> chainedCallIds) {
    return new CallResponse(
        call.id(),
        call.flowId(),
        call.flowVersion(),
        lower(call.revision()),
        lower(call.direction()),
        call.source(),
        call.destination(),
        lower(call.status()),
        lower(call.hangupReason()),
        lower(call.hangupBy()),
        call.rejectReason(),
        call.masterCallId(),
        chainedCallIds,
        call.tmCreate(),
        call.tmRinging(),
        call.tmProgressing(),
        call.tmHangup(),
        call.tmUpdate());
  }

  private static String lower(Enum<?> value) {
    return value == null ? null : value.name().toLowerCase(Locale.ROOT);
  }
}
