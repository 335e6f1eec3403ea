package dev.dialtone.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Writes N call rows straight into the app's database (its H2 file while the app is stopped, or its
 * PostgreSQL) by set-based SQL (a row per number of a generated series; far faster than the API
 * could create them): 30 days from {@link CallsApiBenchmark#START}, 20 flows, 1,000 called numbers,
 * 1% still live, 10% outgoing, and every fifth row a leg chained to the row before it. The same
 * shape as runtime's CallListFill, so the REST figures compare with the repository's; written
 * against the table the app's own migrations created, which is all this black-box module knows of
 * the schema.
 */
final class CallRowsFill {

  static final int FLOWS = 20;
  private static final long SPAN_MICROS = 30L * 86_400 * 1_000_000;
  private static final int CHUNK = 100_000;

  private CallRowsFill() {}

  /** Flow {@code i} of the {@link #FLOWS}, as the rows name it. */
  static String flow(int i) {
    return String.format("00000000-0000-0000-0000-%012d", i);
  }

  static void fill(String jdbcUrl, String user, int rows) throws SQLException {
    long step = SPAN_MICROS / rows;
    boolean h2 = jdbcUrl.startsWith("jdbc:h2:");
    try (Connection db = DriverManager.getConnection(jdbcUrl, user, "");
        Statement sql = db.createStatement()) {
      for (int from = 1; from <= rows; from += CHUNK) {
        sql.execute(insert(h2, from, Math.min(rows, from + CHUNK - 1), step));
      }
      sql.execute(h2 ? "analyze" : "vacuum analyze calls");
    }
  }

  private static String insert(boolean h2, int from, int to, long stepMicros) {
    String at =
        h2
            ? "dateadd(microsecond, x * "
                + stepMicros
                + ", timestamp with time zone '2026-11-01 00:00:00+00')"
            : "(timestamptz '2026-11-01 00:00:00+00' + (x * "
                + stepMicros
                + ") * interval '1 microsecond')";
    String later = h2 ? "dateadd(second, %d, " + at + ")" : "(" + at + " + interval '%d second')";
    String series =
        h2
            ? "system_range(" + from + ", " + to + ") s"
            : "generate_series(cast(" + from + " as bigint), " + to + ") s(x)";
    String live = "mod(x, 100) = 7";
    return "insert into calls (id, flow_id, flow_version, revision, direction, source, destination,"
        + " status, hangup_reason, hangup_by, master_call_id, tm_create, tm_ringing, tm_progressing,"
        + " tm_hangup, tm_update) select "
        + id("x")
        + ", cast('00000000-0000-0000-0000-' || lpad(cast(mod(x, "
        + FLOWS
        + ") as varchar), 12, '0') as uuid), 1, 'published',"
        + " case when mod(x, 10) = 3 then 'outgoing' else 'incoming' end,"
        + " '+4917' || cast(10000000 + mod(x * 7919, 1000000) as varchar),"
        + " '+4930' || cast(1000000 + mod(x * 31, 1000) as varchar),"
        + (" case when " + live + " then 'progressing' else 'hangup' end,")
        + (" case when " + live + " then null else 'normal' end,")
        + (" case when " + live + " then null else 'remote' end,")
        + (" case when mod(x, 5) = 0 then " + id("(x - 1)") + " end, ")
        + at
        + ", "
        + String.format(later, 1)
        + ", "
        + String.format(later, 4)
        + (", case when " + live + " then null else " + String.format(later, 60) + " end, ")
        + String.format(later, 60)
        + " from "
        + series;
  }

  /** A uuid derived from the row number (decimal digits are hex digits too). */
  private static String id(String n) {
    return "cast(lpad(cast(mod("
        + n
        + " * 2654435761, 100000000) as varchar), 8, '0') || '-0000-4000-8000-' || lpad(cast("
        + n
        + " as varchar), 12, '0') as uuid)";
  }
}
