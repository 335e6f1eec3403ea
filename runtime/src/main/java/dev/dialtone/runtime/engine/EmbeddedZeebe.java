package dev.dialtone.runtime.engine;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.DialtoneEngineFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process Zeebe engine of the embedded default: gateway on loopback, state in a throwaway
 * RocksDB directory that is removed when the engine stops. Published flows are redeployed at every
 * start, so nothing here needs to survive a restart.
 */
public final class EmbeddedZeebe implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedZeebe.class);
  private static final int ATTEMPTS = 3;

  private final ZeebeTestEngine engine;
  private final Path stateDirectory;
  private final int port;

  private record Started(ZeebeTestEngine engine, Path directory, int port) {}

  public EmbeddedZeebe(long stateMemoryBytes) {
    Started started = start(stateMemoryBytes);
    this.engine = started.engine();
    this.stateDirectory = started.directory();
    this.port = started.port();
  }

  private static Started start(long stateMemoryBytes) {
    RuntimeException last = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      Path directory = newStateDirectory();
      int candidatePort = freeLoopbackPort();
      try {
        ZeebeTestEngine engine =
            DialtoneEngineFactory.create(candidatePort, directory.toFile(), stateMemoryBytes);
        engine.start();
        return new Started(engine, directory, candidatePort);
      } catch (RuntimeException e) {
        // The port is probed, then bound by the engine: another process may take it in between.
        last = e;
        LOG.warn(
            "embedded Zeebe engine did not start on 127.0.0.1:{} (attempt {} of {}): {}",
            candidatePort,
            attempt,
            ATTEMPTS,
            e.toString());
        delete(directory);
      }
    }
    throw new IllegalStateException(
        "the embedded Zeebe engine did not start after " + ATTEMPTS + " attempts: " + last, last);
  }

  public ZeebeTestEngine engine() {
    return engine;
  }

  public String gatewayAddress() {
    return "http://127.0.0.1:" + port;
  }

  @Override
  public void close() {
    engine.stop();
    delete(stateDirectory);
  }

  private static Path newStateDirectory() {
    try {
      return Files.createTempDirectory("dialtone-zeebe-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a state directory for the embedded engine", e);
    }
  }

  private static int freeLoopbackPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on 127.0.0.1 for the embedded engine", e);
    }
  }

  private static void delete(Path directory) {
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      LOG.warn("could not remove {}: {}", directory, e.toString());
    }
  }
}
