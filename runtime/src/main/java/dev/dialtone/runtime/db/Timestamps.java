package dev.dialtone.runtime.db;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Repositories speak {@link Instant}; the columns are {@code timestamp with time zone}, stored in
 * UTC.
 */
public final class Timestamps {

  private Timestamps() {}

  /**
   * Both databases keep microseconds; truncating here makes what we return equal what we stored.
   */
  public static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  public static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  public static Instant instant(OffsetDateTime timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
