package dev.dialtone.runtime.db;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.conf.SettingsTools;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.tools.jdbc.JDBCUtils;

/**
 * The one place that decides how jOOQ talks to Dialtone's database, used by the Spring
 * auto-configuration and by tests that build a {@link DSLContext} without Spring.
 *
 * <p>Why names render unquoted: the generated classes come from H2, so they carry upper-case names
 * ({@code "FLOWS"}). Quoted, those match H2 but not PostgreSQL, which folds the unquoted DDL to
 * lower case ({@code flows}). Unquoted, each database folds the name the same way it folded the
 * DDL, so one query works on both. Rendering them in lower case only makes logs readable. This
 * relies on the schema using no identifier either database reserves (see V1__init.sql).
 */
public final class JooqSetup {

  private JooqSetup() {}

  /** A copy of {@code base} with Dialtone's name rendering. */
  public static Settings settings(Settings base) {
    return SettingsTools.clone(base)
        .withRenderQuotedNames(RenderQuotedNames.NEVER)
        .withRenderNameCase(RenderNameCase.LOWER);
  }

  /**
   * Asks the database itself, so a misconfigured dialect property cannot disagree with the JDBC
   * URL.
   */
  public static SQLDialect dialectOf(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      SQLDialect dialect = JDBCUtils.dialect(connection);
      if (dialect != SQLDialect.H2 && dialect.family() != SQLDialect.POSTGRES) {
        throw new IllegalStateException("Dialtone runs on H2 or PostgreSQL, not " + dialect);
      }
      return dialect;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the database to detect its dialect", e);
    }
  }

  /** Applies dialect and settings to a configuration someone else created (Spring Boot's). */
  public static void configure(DefaultConfiguration configuration, DataSource dataSource) {
    configuration.set(dialectOf(dataSource));
    configuration.set(settings(configuration.settings()));
  }

  /**
   * A standalone context with jOOQ's own transaction handling, for code and tests without Spring.
   */
  public static DSLContext dsl(DataSource dataSource) {
    DefaultConfiguration configuration = new DefaultConfiguration();
    configuration.set(dataSource);
    configure(configuration, dataSource);
    return DSL.using(configuration);
  }
}
