package dev.dialtone.runtime.bench;

import static dev.dialtone.db.Tables.CALLS;
import static dev.dialtone.runtime.bench.CallListFill.START;

import com.zaxxer.hikari.HikariDataSource;
import dev.dialtone.runtime.calls.CallCursor;
import dev.dialtone.runtime.calls.CallDirection;
import dev.dialtone.runtime.calls.CallFilter;
import dev.dialtone.runtime.calls.CallRepository;
import dev.dialtone.runtime.calls.CallStatus;
import dev.dialtone.runtime.db.JooqSetup;
import dev.dialtone.runtime.db.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.conf.SettingsTools;
import org.jooq.conf.StatementType;

/**
 * Does the call list stay fast at a million calls? Fills N call rows (default 1,000,000, see {@link
 * CallListFill}) into H2 (a file, as the embedded default runs) and PostgreSQL (embedded), then
 * runs each query of the list — the first page, deep pages by cursor, each filter, the Calls
 * screen's query (calls of their own, legs folded under them) — {@code bench.runs} times (default
 * 100) and prints p50 / p99 / max, then each query's plan ({@code EXPLAIN ANALYZE}). A program, not
 * a test: {@code -Pbench-calls-list} in runtime (see runtime/README.md).
 */
public final class CallListBenchmark {

  private static final int PAGE = 50;
  private static final int RUNS = Integer.getInteger("bench.runs", 100);

  private CallListBenchmark() {}

  /** A query of the list; run {@code i} may pick a different page (a different cursor). */
  private record Query(String name, IntFunction<CallFilter> filter) {}

  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    System.out.printf(
        "Call list benchmark: %,d calls, pages of %d, %d runs per query%n", rows, PAGE, RUNS);
    // -Dbench.databases=h2 or postgres runs one of them
    String databases = System.getProperty("bench.databases", "h2,postgres");
    if (databases.contains("h2")) {
      Path h2File = Files.createTempDirectory("dialtone-calls-bench").resolve("calls");
      try (HikariDataSource h2 = pool("jdbc:h2:file:" + h2File + ";DB_CLOSE_ON_EXIT=FALSE", "sa")) {
        run("H2 (file)", h2, rows);
      }
    }
    if (databases.contains("postgres")) {
      run("PostgreSQL", TestDatabase.POSTGRES.dataSource(), rows);
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

  private static void run(String database, DataSource dataSource, int rows) {
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    DSLContext dsl = JooqSetup.dsl(dataSource);
    dsl.deleteFrom(CALLS).execute();
    long t0 = System.nanoTime();
    CallListFill.fill(dsl, rows);
    System.out.printf(
        "%n%s: filled %,d calls in %.1f s%n", database, rows, (System.nanoTime() - t0) / 1e9);
    boolean postgres = dsl.dialect().family() == SQLDialect.POSTGRES;
    dsl.execute(postgres ? "vacuum analyze calls" : "analyze");
    CallRepository calls = new CallRepository(dsl);
    List<Query> queries = queries(rows);
    System.out.printf(
        "  %-58s %9s %9s %9s %5s%n", "query (page of 50)", "p50 ms", "p99 ms", "max ms", "rows");
    for (Query query : queries) {
      time(calls, query);
    }
    time(
        "middle page by OFFSET (for contrast; 10 runs)",
        10,
        i ->
            dsl.selectFrom(CALLS)
                .orderBy(CALLS.TM_CREATE.desc(), CALLS.ID.desc())
                .limit(PAGE)
                .offset(rows / 2)
                .fetch()
                .size());
    explain(dsl, queries, postgres);
  }

  private static List<Query> queries(int rows) {
    Random random = new Random(11);
    // a page somewhere in the older half, a different one each run, as deep readers page
    IntFunction<CallCursor> deep = i -> cursor(1 + random.nextInt(rows / 2), rows);
    CallFilter all = CallFilter.newest().limit(PAGE).build();
    CallFilter flow = all.toBuilder().flowId(CallListFill.flow(3)).build();
    String number = "+4930" + (1_000_000 + 17);
    Instant day = START.plusSeconds(86_400 * 10);
    CallFilter oneDay =
        all.toBuilder().createdFrom(day).createdBefore(day.plusSeconds(86_400)).build();
    CallFilter screen = all.toBuilder().chained(false).build();
    // the fill gives number ...017 to flow 7 only, and those calls are the live ones
    CallFilter screenNarrowed =
        oneDay.toBuilder()
            .chained(false)
            .flowId(CallListFill.flow(7))
            .number(number)
            .status(CallStatus.PROGRESSING)
            .build();
    return List.of(
        new Query("first page", i -> all),
        new Query("deep page by cursor (older half)", i -> all.after(deep.apply(i))),
        new Query("last page by cursor", i -> all.after(cursor(PAGE, rows))),
        new Query("flow, first page", i -> flow),
        new Query("flow, deep page by cursor", i -> flow.after(deep.apply(i))),
        new Query("number (caller or called)", i -> all.toBuilder().number(number).build()),
        new Query(
            "number, deep page by cursor",
            i -> all.toBuilder().number(number).after(deep.apply(i)).build()),
        new Query("status progressing (1%)", i -> status(all, CallStatus.PROGRESSING)),
        new Query(
            "status progressing, deep page by cursor",
            i -> status(all, CallStatus.PROGRESSING).after(deep.apply(i))),
        new Query(
            "status hangup (99%), deep page by cursor",
            i -> status(all, CallStatus.HANGUP).after(deep.apply(i))),
        new Query("direction outgoing (10%)", i -> direction(all, CallDirection.OUTGOING)),
        new Query(
            "direction outgoing, deep page by cursor",
            i -> direction(all, CallDirection.OUTGOING).after(deep.apply(i))),
        new Query("one day (since/until)", i -> oneDay),
        new Query("flow + one day", i -> oneDay.toBuilder().flowId(CallListFill.flow(3)).build()),
        new Query("legs of one master (master_call_id)", i -> legsOf(all, random, rows)),
        new Query("Calls screen: first page (legs under masters)", i -> screen),
        new Query("Calls screen: deep page by cursor", i -> screen.after(deep.apply(i))),
        new Query("Calls screen: flow + number + status + day", i -> screenNarrowed));
  }

  private static CallFilter status(CallFilter filter, CallStatus status) {
    return filter.toBuilder().status(status).build();
  }

  private static CallFilter direction(CallFilter filter, CallDirection direction) {
    return filter.toBuilder().direction(direction).build();
  }

  /** The legs of a random master: the fill chains row 5k to row 5k - 1. */
  private static CallFilter legsOf(CallFilter filter, Random random, int rows) {
    long master = 5L * (1 + random.nextInt(rows / 5 - 1)) - 1;
    return filter.toBuilder().masterCallId(CallListFill.id(master)).build();
  }

  /** The cursor a reader paging from the top holds after row {@code n} (computed, not read). */
  private static CallCursor cursor(long n, int rows) {
    long step = CallListFill.SPAN_MICROS / rows;
    return new CallCursor(START.plusNanos(n * step * 1_000), CallListFill.id(n));
  }

  private static void time(CallRepository calls, Query query) {
    time(query.name(), RUNS, i -> calls.page(query.filter().apply(i)).calls().size());
  }

  private static void time(String what, int runs, IntFunction<Integer> query) {
    for (int i = 0; i < 5; i++) {
      query.apply(i); // warm up: JIT, caches, plans
    }
    long[] nanos = new long[runs];
    int found = 0;
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      found = query.apply(i);
      nanos[i] = System.nanoTime() - t;
    }
    Arrays.sort(nanos);
    System.out.printf(
        "  %-58s %9.2f %9.2f %9.2f %5d%n",
        what,
        nanos[runs / 2] / 1e6,
        nanos[Math.min(runs - 1, (int) Math.ceil(runs * 0.99) - 1)] / 1e6,
        nanos[runs - 1] / 1e6,
        found);
  }

  /**
   * Each query's plan, from the SQL jOOQ sent (values inlined). H2's plan is the statement with
   * comments; only those lines are printed: the index and its range, the rows read ({@code
   * scanCount}) and whether the index gave the order ({@code index sorted}).
   */
  private static void explain(DSLContext dsl, List<Query> queries, boolean postgres) {
    List<String> sent = new ArrayList<>();
    DSLContext capturing =
        dsl.configuration()
            // a copy: Settings.with… changes the object itself
            .derive(
                SettingsTools.clone(dsl.settings())
                    .withStatementType(StatementType.STATIC_STATEMENT))
            .derive(
                new ExecuteListener() {
                  @Override
                  public void renderEnd(ExecuteContext ctx) {
                    sent.add(ctx.sql());
                  }
                })
            .dsl();
    CallRepository calls = new CallRepository(capturing);
    for (Query query : queries) {
      sent.clear();
      calls.page(query.filter().apply(0));
      System.out.printf("%n-- %s%n", query.name());
      for (String sql : sent) {
        System.out.println(sql);
        if (postgres) {
          dsl.fetch("explain (analyze, costs off, timing off, summary off) " + sql)
              .forEach(line -> System.out.println("   " + line.get(0)));
        } else {
          printComments(String.valueOf(dsl.fetchValue("explain analyze " + sql)));
        }
      }
    }
  }

  private static void printComments(String plan) {
    boolean inComment = false;
    for (String line : plan.split("\n")) {
      inComment |= line.contains("/*");
      if (inComment) {
        System.out.println("   " + line.strip());
      }
      inComment &= !line.contains("*/");
    }
  }
}
