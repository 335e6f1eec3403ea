package dev.dialtone.runtime.calls;

import java.time.Instant;
import java.util.UUID;

/**
 * Filters for the call list, which is always newest first (creation time, then id). Null means
 * "any". A page after the first continues from {@code after}, the last call of the previous page:
 * keyset paging, so page 20,000 of a million calls costs what page 1 costs. {@code createdBefore}
 * (exclusive) and {@code createdFrom} (inclusive) bound the creation time; {@code number} matches
 * the caller or the called number, {@code destination} only the called one.
 */
public record CallFilter(
    String destination,
    UUID flowId,
    CallStatus status,
    Instant createdBefore,
    int limit,
    String number,
    Instant createdFrom,
    CallCursor after) {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 500;

  /** A limit outside 1..MAX_LIMIT is clamped rather than rejected: a list is never unbounded. */
  public CallFilter {
    limit = limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
  }

  public CallFilter(
      String destination, UUID flowId, CallStatus status, Instant createdBefore, int limit) {
    this(destination, flowId, status, createdBefore, limit, null, null, null);
  }

  public static CallFilter newest() {
    return new CallFilter(null, null, null, null, DEFAULT_LIMIT);
  }

  public CallFilter withDestination(String value) {
    return new CallFilter(value, flowId, status, createdBefore, limit, number, createdFrom, after);
  }

  public CallFilter withFlowId(UUID value) {
    return new CallFilter(
        destination, value, status, createdBefore, limit, number, createdFrom, after);
  }

  public CallFilter withStatus(CallStatus value) {
    return new CallFilter(
        destination, flowId, value, createdBefore, limit, number, createdFrom, after);
  }

  public CallFilter withCreatedBefore(Instant value) {
    return new CallFilter(destination, flowId, status, value, limit, number, createdFrom, after);
  }

  public CallFilter withLimit(int value) {
    return new CallFilter(
        destination, flowId, status, createdBefore, value, number, createdFrom, after);
  }

  public CallFilter withNumber(String value) {
    return new CallFilter(
        destination, flowId, status, createdBefore, limit, value, createdFrom, after);
  }

  public CallFilter withCreatedFrom(Instant value) {
    return new CallFilter(destination, flowId, status, createdBefore, limit, number, value, after);
  }

  public CallFilter withAfter(CallCursor value) {
    return new CallFilter(
        destination, flowId, status, createdBefore, limit, number, createdFrom, value);
  }
}
