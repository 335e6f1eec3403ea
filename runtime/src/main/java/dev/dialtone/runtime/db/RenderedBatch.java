package dev.dialtone.runtime.db;

import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Query;

/**
 * JDBC batches of statements that jOOQ renders once. The call journal runs the same handful of
 * statements many times a second; jOOQ's own batch renders its statement again on every execution,
 * which cost the journal more CPU than the database's work. The SQL is rendered by jOOQ for the
 * dialect in use (bind casts included), then each row's values are bound as they are: {@code UUID},
 * {@code OffsetDateTime}, {@code String}, numbers and null, which the H2 and PostgreSQL drivers
 * both take ({@code CallRepositoryIT}, {@code CallTraceRepositoryIT} run on both).
 */
public final class RenderedBatch {

  private final Map<Object, String> rendered = new ConcurrentHashMap<>();

  /**
   * Runs the statement of {@code template} (values as bind placeholders) once per row, in one JDBC
   * batch on {@code dsl}'s connection (its transaction, if any).
   *
   * @param key names the statement: one key, one SQL text, rendered on first use
   * @return the update count of each row
   */
  public int[] execute(DSLContext dsl, Object key, Supplier<Query> template, List<Object[]> rows) {
    String sql = rendered.computeIfAbsent(key, k -> dsl.render(template.get()));
    return dsl.connectionResult(
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
              for (int i = 0; i < row.length; i++) {
                statement.setObject(i + 1, row[i]);
              }
              statement.addBatch();
            }
            return statement.executeBatch();
          }
        });
  }
}
