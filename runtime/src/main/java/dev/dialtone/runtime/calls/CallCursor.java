package dev.dialtone.runtime.calls;

import java.time.Instant;
import java.util.UUID;

/**
 * Where a page of the call list ended: the last call shown. The list is ordered by creation time
 * and then id, both descending, so the pair names one place even when calls share a timestamp.
 */
public record CallCursor(Instant tmCreate, UUID id) {

  public static CallCursor of(CallRecord call) {
    return new CallCursor(call.tmCreate(), call.id());
  }
}
