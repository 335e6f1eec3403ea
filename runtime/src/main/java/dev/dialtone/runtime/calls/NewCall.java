package dev.dialtone.runtime.calls;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A call leg as the runtime first learns of it. {@code flowId}/{@code flowVersion} are null when
 * the call could not be routed, and {@code rejectReason} then says why; {@code masterCallId} links
 * a chained leg (e.g. a groupcall destination) to the caller's leg.
 */
public record NewCall(
    UUID id,
    UUID flowId,
    Integer flowVersion,
    CallRevision revision,
    CallDirection direction,
    String source,
    String destination,
    CallStatus status,
    UUID masterCallId,
    String rejectReason,
    Instant createdAt) {

  public NewCall {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(revision, "revision");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
