package dev.dialtone.runtime.calls;

import java.time.Instant;
import java.util.UUID;

/**
 * Filters for the call list, which is always newest first. Null means "any". {@code createdBefore}
 * pages backwards: pass the oldest {@code tmCreate} of the previous page (a call created in the
 * very same microsecond as that one would be skipped; good enough for a list a person scrolls).
 */
public record CallFilter(
    String destination, UUID flowId, CallStatus status, Instant createdBefore, int limit) {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 500;

  /** A limit outside 1..MAX_LIMIT is clamped rather than rejected: a list is never unbounded. */
  public CallFilter {
    limit = limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
  }

  public static CallFilter newest() {
    return new CallFilter(null, null, null, null, DEFAULT_LIMIT);
  }

  public CallFilter withDestination(String value) {
    return new CallFilter(value, flowId, status, createdBefore, limit);
  }

  public CallFilter withFlowId(UUID value) {
    return new CallFilter(destination, value, status, createdBefore, limit);
  }

  public CallFilter withStatus(CallStatus value) {
    return new CallFilter(destination, flowId, value, createdBefore, limit);
  }

  public CallFilter withCreatedBefore(Instant value) {
    return new CallFilter(destination, flowId, status, value, limit);
  }

  public CallFilter withLimit(int value) {
    return new CallFilter(destination, flowId, status, createdBefore, value);
  }
}
