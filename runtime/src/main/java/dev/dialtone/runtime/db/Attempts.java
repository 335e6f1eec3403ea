package dev.dialtone.runtime.db;

import org.jooq.DSLContext;
import org.jooq.TransactionalCallable;

/**
 * Runs "compute the next number, insert it" work that relies on a primary key to stay correct when
 * two writers race: the loser's insert fails with a unique violation and simply tries again. Each
 * attempt is its own transaction, or a savepoint when the caller already has one, because
 * PostgreSQL refuses further statements in a transaction after an error.
 */
public final class Attempts {

  private Attempts() {}

  public static <T> T retryOnUniqueViolation(
      DSLContext dsl, int attempts, TransactionalCallable<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return dsl.transactionResult(work);
      } catch (RuntimeException e) {
        if (attempt >= attempts || !SqlErrors.isUniqueViolation(e)) {
          throw e;
        }
      }
    }
  }
}
