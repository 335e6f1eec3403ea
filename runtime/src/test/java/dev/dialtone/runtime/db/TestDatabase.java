package dev.dialtone.runtime.db;

import static dev.dialtone.db.Tables.CALLS;
import static dev.dialtone.db.Tables.CALL_EVENTS;
import static dev.dialtone.db.Tables.CALL_GROUPS;
import static dev.dialtone.db.Tables.CALL_GROUP_DESTINATIONS;
import static dev.dialtone.db.Tables.CALL_STEPS;
import static dev.dialtone.db.Tables.ENGINE_DEPLOYMENTS;
import static dev.dialtone.db.Tables.FLOWS;
import static dev.dialtone.db.Tables.FLOW_VERSIONS;
import static dev.dialtone.db.Tables.NUMBERS;
import static dev.dialtone.db.Tables.RECORDINGS;
import static dev.dialtone.db.Tables.RUNTIME_LEASES;
import static dev.dialtone.db.Tables.USERS;
import static dev.dialtone.db.Tables.WEBHOOKS;
import static dev.dialtone.db.Tables.WEBHOOK_ATTEMPTS;
import static dev.dialtone.db.Tables.WEBHOOK_OUTBOX;

import com.zaxxer.hikari.HikariDataSource;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/**
 * The databases every repository contract runs on. Each is created once per JVM, migrated with the
 * application's own Flyway scripts, and emptied before each test by {@link #reset()}.
 */
public enum TestDatabase {
  H2(SQLDialect.H2, "sa", () -> "jdbc:h2:mem:dialtone-contract;DB_CLOSE_DELAY=-1"),
  POSTGRES(SQLDialect.POSTGRES, "postgres", EmbeddedPostgresServer::jdbcUrl);

  private final SQLDialect dialect;
  private final String user;
  private final Supplier<String> jdbcUrl;
  private DataSource dataSource;
  private DSLContext dsl;

  TestDatabase(SQLDialect dialect, String user, Supplier<String> jdbcUrl) {
    this.dialect = dialect;
    this.user = user;
    this.jdbcUrl = jdbcUrl;
  }

  public SQLDialect dialect() {
    return dialect;
  }

  public String user() {
    return user;
  }

  public String jdbcUrl() {
    return jdbcUrl.get();
  }

  public synchronized DataSource dataSource() {
    if (dataSource == null) {
      HikariDataSource pool = new HikariDataSource();
      pool.setJdbcUrl(jdbcUrl());
      pool.setUsername(user);
      pool.setPassword("");
      pool.setMaximumPoolSize(6);
      pool.setPoolName("contract-" + name().toLowerCase());
      Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
      dataSource = pool;
    }
    return dataSource;
  }

  /**
   * The context repositories get in contract tests: plain jOOQ, configured by {@link JooqSetup}.
   */
  public synchronized DSLContext dsl() {
    if (dsl == null) {
      dsl = JooqSetup.dsl(dataSource());
    }
    return dsl;
  }

  /** Children before parents, so no foreign key objects. */
  public void reset() {
    DSLContext dsl = dsl();
    dsl.deleteFrom(RECORDINGS).execute();
    dsl.deleteFrom(WEBHOOK_ATTEMPTS).execute();
    dsl.deleteFrom(WEBHOOK_OUTBOX).execute();
    dsl.deleteFrom(WEBHOOKS).execute();
    dsl.deleteFrom(CALL_STEPS).execute();
    dsl.deleteFrom(CALL_EVENTS).execute();
    dsl.deleteFrom(CALLS).execute();
    dsl.deleteFrom(CALL_GROUP_DESTINATIONS).execute();
    dsl.deleteFrom(CALL_GROUPS).execute();
    dsl.deleteFrom(NUMBERS).execute();
    dsl.deleteFrom(FLOW_VERSIONS).execute();
    dsl.deleteFrom(FLOWS).execute();
    dsl.deleteFrom(USERS).execute();
    dsl.deleteFrom(RUNTIME_LEASES).execute();
    dsl.deleteFrom(ENGINE_DEPLOYMENTS).execute();
  }
}
