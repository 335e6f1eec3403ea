package dev.dialtone.e2e;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The application under test: the packaged jar, started as its own process on a free loopback port
 * with an in-memory database (or one it is given) and a known admin password, and stopped
 * afterwards.
 */
final class DialtoneApp implements AutoCloseable {

  static final String ADMIN = "admin";
  // generous: on a loaded machine, or on a database of a million calls, the app has taken 3 min
  private static final Duration STARTUP = Duration.ofMinutes(6);

  private final Process process;
  private final Path log;
  private final int port;
  private final String adminPassword;

  private DialtoneApp(Process process, Path log, int port, String adminPassword) {
    this.process = process;
    this.log = log;
    this.port = port;
    this.adminPassword = adminPassword;
  }

  static DialtoneApp start(Path jar) throws IOException, InterruptedException {
    return start(jar, List.of());
  }

  /** With extra command-line arguments, e.g. {@code --dialtone.api.rate-limit.enabled=false}. */
  static DialtoneApp start(Path jar, List<String> arguments)
      throws IOException, InterruptedException {
    return start(jar, "jdbc:h2:mem:e2e;DB_CLOSE_DELAY=-1", "sa", arguments);
  }

  /**
   * The app on the database at {@code dbUrl}, as {@code dbUser} without a password (e.g. an H2 file
   * or an embedded PostgreSQL a benchmark filled beforehand), with extra command-line arguments.
   */
  static DialtoneApp start(Path jar, String dbUrl, String dbUser, List<String> arguments)
      throws IOException, InterruptedException {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          "no application jar at " + jar + ": package designer-ui first");
    }
    Path workDir = Files.createTempDirectory("dialtone-e2e");
    Path log = workDir.resolve("app.log");
    int port = freePort();
    String password = "e2e-" + UUID.randomUUID();
    ProcessBuilder builder =
        new ProcessBuilder(command(jar, port, arguments))
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("DIALTONE_ADMIN_PASSWORD", password);
    builder.environment().put("DIALTONE_DB_URL", dbUrl);
    builder.environment().put("DIALTONE_DB_USER", dbUser);
    DialtoneApp app = new DialtoneApp(builder.start(), log, port, password);
    app.awaitReady();
    return app;
  }

  private static List<String> command(Path jar, int port, List<String> arguments) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "-Xmx768m",
                "-jar",
                jar.toString(),
                "--server.port=" + port,
                "--server.address=127.0.0.1"));
    command.addAll(arguments);
    return command;
  }

  private void awaitReady() throws InterruptedException {
    Instant deadline = Instant.now().plus(STARTUP);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "the application exited with " + process.exitValue() + ":\n" + logTail());
      }
      if (answers()) {
        return;
      }
      Thread.sleep(250);
    }
    close();
    throw new IllegalStateException(
        "the application did not answer within " + STARTUP + ":\n" + logTail());
  }

  private boolean answers() {
    try {
      HttpURLConnection connection =
          (HttpURLConnection) baseUri().resolve("/login").toURL().openConnection();
      connection.setConnectTimeout(1000);
      connection.setReadTimeout(2000);
      return connection.getResponseCode() == 200;
    } catch (IOException e) {
      return false;
    }
  }

  URI baseUri() {
    return URI.create("http://127.0.0.1:" + port);
  }

  String url(String path) {
    return baseUri().resolve(path).toString();
  }

  /** The application's process id, e.g. to read its memory from /proc. */
  long pid() {
    return process.pid();
  }

  String adminPassword() {
    return adminPassword;
  }

  String logTail() {
    List<String> lines = logLines();
    return lines.isEmpty()
        ? "(no log)"
        : String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
  }

  /** What the application has logged so far (empty when the log cannot be read). */
  List<String> logLines() {
    try {
      return Files.readAllLines(log);
    } catch (IOException e) {
      return List.of();
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
