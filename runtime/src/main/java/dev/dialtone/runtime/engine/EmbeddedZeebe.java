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

/**
 * The in-process Zeebe engine of the embedded default: gateway on loopback, state in a throwaway
 * RocksDB directory that is removed when the engine stops. Published flows are redeployed at every
 * start, so nothing here needs to survive a restart.
 */
public final class EmbeddedZeebe implements AutoCloseable {

  private final ZeebeTestEngine engine;
  private final Path stateDirectory;
  private final int port;

  public EmbeddedZeebe(long stateMemoryBytes) {
    try {
      this.stateDirectory = Files.createTempDirectory("dialtone-zeebe-");
      this.port = freeLoopbackPort();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the embedded Zeebe engine", e);
    }
    this.engine = DialtoneEngineFactory.create(port, stateDirectory.toFile(), stateMemoryBytes);
    engine.start();
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
    try (Stream<Path> files = Files.walk(stateDirectory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + stateDirectory, e);
    }
  }

  private static int freeLoopbackPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
