package dev.dialtone.runtime.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A {@link StandaloneEngine} in a JVM of its own, started and stopped by a test. */
public final class ExternalEngineProcess implements AutoCloseable {

  private final Process process;
  private final int port;

  public ExternalEngineProcess() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    process =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xmx512m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    StandaloneEngine.class.getName()))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line;
    int found = -1;
    while ((line = out.readLine()) != null) {
      if (line.startsWith("GATEWAY ")) {
        found = Integer.parseInt(line.substring("GATEWAY ".length()).strip());
        break;
      }
    }
    if (found < 0) {
      process.destroyForcibly();
      throw new IOException("the standalone engine did not start");
    }
    port = found;
  }

  public String gatewayAddress() {
    return "http://127.0.0.1:" + port;
  }

  /** CPU time the engine process has used so far (user + system), in nanoseconds. */
  public long cpuNanos() throws IOException {
    String stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    return ticks * 10_000_000L; // USER_HZ is 100 on Linux
  }

  @Override
  public void close() throws Exception {
    process.getOutputStream().close();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
