package dev.dialtone.runtime.calls;

import java.time.Instant;
import java.util.UUID;

/**
 * Filters for the call list, which is always newest first (creation time, then id). Null means
 * "any". A page after the first continues from {@code after}, the last call of the previous page:
 * keyset paging, so page 20,000 of a million calls costs what page 1 costs. {@code createdFrom}
 * (inclusive) and {@code createdBefore} (exclusive) bound the creation time; {@code number} matches
 * the caller or the called number, {@code destination} only the called one. {@code chained} true
 * keeps only legs dialed for another call, false only calls of their own; {@code masterCallId}
 * keeps the legs of one call. Built with {@link #newest()} and {@link Builder}.
 */
public record CallFilter(
    UUID flowId,
    String number,
    String destination,
    CallStatus status,
    CallDirection direction,
    Boolean chained,
    UUID masterCallId,
    Instant createdFrom,
    Instant createdBefore,
    CallCursor after,
    int limit) {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 200;

  /** A limit outside 1..MAX_LIMIT is clamped rather than rejected: a list is never unbounded. */
  public CallFilter {
    limit = limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
  }

  /** Every call, newest first, {@link #DEFAULT_LIMIT} to a page; narrow it with the builder. */
  public static Builder newest() {
    return new Builder();
  }

  /** This filter with some fields changed, e.g. the next page: {@code f.toBuilder().after(c)}. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.flowId = flowId;
    builder.number = number;
    builder.destination = destination;
    builder.status = status;
    builder.direction = direction;
    builder.chained = chained;
    builder.masterCallId = masterCallId;
    builder.createdFrom = createdFrom;
    builder.createdBefore = createdBefore;
    builder.after = after;
    builder.limit = limit;
    return builder;
  }

  /** The same filter, continuing after {@code cursor}: the page after one that ended there. */
  public CallFilter after(CallCursor cursor) {
    return toBuilder().after(cursor).build();
  }

  /** Collects the fields of a filter; the field names say what each one keeps. */
  public static final class Builder {
    private UUID flowId;
    private String number;
    private String destination;
    private CallStatus status;
    private CallDirection direction;
    private Boolean chained;
    private UUID masterCallId;
    private Instant createdFrom;
    private Instant createdBefore;
    private CallCursor after;
    private int limit = DEFAULT_LIMIT;

    private Builder() {}

    public Builder flowId(UUID value) {
      flowId = value;
      return this;
    }

    public Builder number(String value) {
      number = value;
      return this;
    }

    public Builder destination(String value) {
      destination = value;
      return this;
    }

    public Builder status(CallStatus value) {
      status = value;
      return this;
    }

    public Builder direction(CallDirection value) {
      direction = value;
      return this;
    }

    public Builder chained(Boolean value) {
      chained = value;
      return this;
    }

    public Builder masterCallId(UUID value) {
      masterCallId = value;
      return this;
    }

    public Builder createdFrom(Instant value) {
      createdFrom = value;
      return this;
    }

    public Builder createdBefore(Instant value) {
      createdBefore = value;
      return this;
    }

    public Builder after(CallCursor value) {
      after = value;
      return this;
    }

    public Builder limit(int value) {
      limit = value;
      return this;
    }

    public CallFilter build() {
      return new CallFilter(
          flowId,
          number,
          destination,
          status,
          direction,
          chained,
          masterCallId,
          createdFrom,
          createdBefore,
          after,
          limit);
    }
  }
}
