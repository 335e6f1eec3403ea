package dev.dialtone.runtime.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One real PostgreSQL per test JVM, started on first use (a few seconds) and stopped by zonky's
 * shutdown hook when the JVM exits. Listens on loopback only.
 */
final class EmbeddedPostgresServer {

  private static EmbeddedPostgres server;

  private EmbeddedPostgresServer() {}

  /** A JDBC URL for the server's {@code postgres} database, user {@code postgres}, no password. */
  static synchronized String jdbcUrl() {
    if (server == null) {
      try {
        server =
            EmbeddedPostgres.builder()
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setRegisterShutdownHook(true)
                .start();
      } catch (IOException e) {
        throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
      }
    }
    return "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/postgres";
  }
}
