package dev.dialtone.runtime.bench;

import static dev.dialtone.db.Tables.CALLS;

import com.zaxxer.hikari.HikariDataSource;
import dev.dialtone.runtime.calls.CallCursor;
import dev.dialtone.runtime.calls.CallFilter;
import dev.dialtone.runtime.calls.CallRecord;
import dev.dialtone.runtime.calls.CallRepository;
import dev.dialtone.runtime.db.JooqSetup;
import dev.dialtone.runtime.db.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;

/**
 * Does the Calls screen's list stay fast at a million calls? Inserts N call rows (default
 * 1,000,000; spread over 30 days, 20 flows, 1,000 numbers, mostly ended) into H2 (a file, as the
 * embedded default runs) and PostgreSQL (embedded), then times pages of 50 newest-first by keyset —
 * the first, one in the middle and the last — unfiltered and filtered by flow and by number, and
 * the same middle page by OFFSET for contrast. Prints the median of 15 runs per query. A program,
 * not a test: {@code -Pbench-calls-list} in runtime (see runtime/README.md).
 */
public final class CallListBenchmark {

  private static final int PAGE = 50;
  private static final int RUNS = 15;
  private static final Instant START = Instant.parse("2026-11-01T00:00:00Z");
  private static final UUID[] FLOWS = new UUID[20];

  static {
    Random random = new Random(7);
    for (int i = 0; i < FLOWS.length; i++) {
      FLOWS[i] = new UUID(random.nextLong(), random.nextLong());
    }
  }

  private CallListBenchmark() {}

  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    System.out.printf(
        "Call list benchmark: %,d calls, pages of %d, median of %d runs%n", rows, PAGE, RUNS);
    // -Dbench.databases=h2 or postgres runs one of them
    String databases = System.getProperty("bench.databases", "h2,postgres");
    if (databases.contains("h2")) {
      Path h2File = Files.createTempDirectory("dialtone-calls-bench").resolve("calls");
      try (HikariDataSource h2 = pool("jdbc:h2:file:" + h2File + ";DB_CLOSE_ON_EXIT=FALSE", "sa")) {
        run("H2 (file)", h2, rows);
      }
    }
    if (databases.contains("postgres")) {
      DataSource postgres = TestDatabase.POSTGRES.dataSource();
      run("PostgreSQL", postgres, rows);
    }
    System.exit(0); // the embedded PostgreSQL's shutdown hook stops it
  }

  private static HikariDataSource pool(String url, String user) {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(url);
    pool.setUsername(user);
    pool.setPassword("");
    pool.setMaximumPoolSize(2);
    return pool;
  }

  private static void run(String database, DataSource dataSource, int rows) throws Exception {
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    DSLContext dsl = JooqSetup.dsl(dataSource);
    dsl.deleteFrom(CALLS).execute();
    long t0 = System.nanoTime();
    insert(dataSource, rows);
    System.out.printf(
        "%n%s: inserted %,d calls in %.1f s%n", database, rows, (System.nanoTime() - t0) / 1e9);
    if (database.startsWith("PostgreSQL")) {
      dsl.execute("analyze calls");
    }
    CallRepository calls = new CallRepository(dsl);
    String number = "+4930" + (1_000_000 + 17);
    time("newest page", () -> calls.list(CallFilter.newest().withLimit(PAGE)));
    CallFilter all = CallFilter.newest().withLimit(PAGE);
    time("middle page (keyset)", () -> calls.list(all.withAfter(cursorAt(dsl, rows / 2))));
    time("last page (keyset)", () -> calls.list(all.withAfter(cursorAt(dsl, rows - PAGE - 1))));
    time(
        "middle page (OFFSET)",
        () ->
            dsl.selectFrom(CALLS)
                .orderBy(CALLS.TM_CREATE.desc(), CALLS.ID.desc())
                .limit(PAGE)
                .offset(rows / 2)
                .fetch());
    CallFilter byFlow = all.withFlowId(FLOWS[3]);
    List<CallRecord> flowFirst = calls.list(byFlow);
    time("flow filter, first page", () -> calls.list(byFlow));
    time(
        "flow filter, page 2",
        () -> calls.list(byFlow.withAfter(CallCursor.of(flowFirst.getLast()))));
    time("number filter (from or to), first page", () -> calls.list(all.withNumber(number)));
    time(
        "flow + date range (one day)",
        () ->
            calls.list(
                byFlow
                    .withCreatedFrom(START.plusSeconds(86_400 * 10))
                    .withCreatedBefore(START.plusSeconds(86_400 * 11))));
  }

  /** The cursor a reader paging from the top would hold at this row (not timed). */
  private static CallCursor cursorAt(DSLContext dsl, int row) {
    var record =
        dsl.select(CALLS.TM_CREATE, CALLS.ID)
            .from(CALLS)
            .orderBy(CALLS.TM_CREATE.desc(), CALLS.ID.desc())
            .limit(1)
            .offset(row)
            .fetchOne();
    return new CallCursor(record.value1().toInstant(), record.value2());
  }

  private static void time(String what, Supplier<?> query) {
    for (int i = 0; i < 3; i++) {
      query.get(); // warm up: JIT, caches, plans
    }
    long[] nanos = new long[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long t = System.nanoTime();
      Object result = query.get();
      nanos[i] = System.nanoTime() - t;
      if (result == null) {
        throw new IllegalStateException(what + " returned nothing");
      }
    }
    Arrays.sort(nanos);
    System.out.printf(
        "  %-42s median %8.2f ms   max %8.2f ms%n",
        what, nanos[RUNS / 2] / 1e6, nanos[RUNS - 1] / 1e6);
  }

  private static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  private static void insert(DataSource dataSource, int rows) throws Exception {
    Random random = new Random(42);
    long spanMicros = 30L * 86_400 * 1_000_000;
    String sql =
        "insert into calls (id, flow_id, flow_version, revision, direction, source, destination,"
            + " status, hangup_reason, hangup_by, tm_create, tm_ringing, tm_progressing, tm_hangup,"
            + " tm_update) values (?, ?, 1, 'published', 'incoming', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement insert = connection.prepareStatement(sql)) {
        for (int i = 0; i < rows; i++) {
          Instant created = START.plusNanos(1_000 * (long) (random.nextDouble() * spanMicros));
          boolean ended = random.nextInt(100) != 0;
          insert.setObject(1, new UUID(random.nextLong(), random.nextLong()));
          insert.setObject(2, FLOWS[random.nextInt(FLOWS.length)]);
          insert.setString(3, "+4917" + (10_000_000 + random.nextInt(1_000_000)));
          insert.setString(4, "+4930" + (1_000_000 + random.nextInt(1_000)));
          insert.setString(5, ended ? "hangup" : "progressing");
          insert.setString(6, ended ? "normal" : null);
          insert.setString(7, ended ? "remote" : null);
          insert.setObject(8, utc(created));
          insert.setObject(9, utc(created.plusSeconds(1)));
          insert.setObject(10, utc(created.plusSeconds(4)));
          insert.setObject(11, ended ? utc(created.plusSeconds(60)) : null);
          insert.setObject(12, utc(created.plusSeconds(60)));
          insert.addBatch();
          if (i % 5_000 == 4_999) {
            insert.executeBatch();
            connection.commit();
          }
        }
        insert.executeBatch();
        connection.commit();
      }
    }
  }
}
