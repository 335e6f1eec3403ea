package dev.dialtone.runtime.calls;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Builders for call records in tests. Timestamps are whole microseconds, as the databases keep
 * them.
 */
public final class CallTestData {

  public static final Instant T0 = Instant.parse("2026-03-01T09:00:00.123456Z");

  private CallTestData() {}

  public static NewCall incoming(UUID flowId, String destination, Instant createdAt) {
    return new NewCall(
        UUID.randomUUID(),
        flowId,
        flowId == null ? null : 1,
        CallRevision.PUBLISHED,
        CallDirection.INCOMING,
        "+4917612345678",
        destination,
        CallStatus.DIALING,
        null,
        null,
        createdAt.truncatedTo(ChronoUnit.MICROS));
  }

  /** A leg dialed for {@code masterId}, as a groupcall chains it. */
  public static NewCall chained(UUID masterId, Instant createdAt) {
    return new NewCall(
        UUID.randomUUID(),
        null,
        null,
        CallRevision.PUBLISHED,
        CallDirection.OUTGOING,
        "+4930111",
        "+4917600000000",
        CallStatus.DIALING,
        masterId,
        null,
        createdAt.truncatedTo(ChronoUnit.MICROS));
  }

  public static List<UUID> ids(List<CallRecord> records) {
    return records.stream().map(CallRecord::id).toList();
  }

  public static UUID insertCall(CallRepository calls, UUID flowId, String destination) {
    NewCall call = incoming(flowId, destination, T0);
    calls.insert(call);
    return call.id();
  }
}
