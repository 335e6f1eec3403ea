package dev.dialtone.runtime.db;

import java.sql.SQLException;
import java.util.Set;

/**
 * Recognises constraint violations by SQLSTATE anywhere in the cause chain. The chain differs by
 * caller: plain jOOQ throws its own exceptions, inside Spring they are translated to Spring's, but
 * both keep the driver's {@link SQLException} as a cause.
 */
public final class SqlErrors {

  private static final String UNIQUE_VIOLATION = "23505";

  /**
   * PostgreSQL uses 23503 both ways; H2 uses 23503 for "child exists", 23506 for "parent missing".
   */
  private static final Set<String> FOREIGN_KEY_VIOLATION = Set.of("23503", "23506");

  private SqlErrors() {}

  public static boolean isUniqueViolation(Throwable error) {
    return UNIQUE_VIOLATION.equals(sqlState(error));
  }

  public static boolean isForeignKeyViolation(Throwable error) {
    return FOREIGN_KEY_VIOLATION.contains(sqlState(error));
  }

  private static String sqlState(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        return sql.getSQLState();
      }
    }
    return null;
  }
}
