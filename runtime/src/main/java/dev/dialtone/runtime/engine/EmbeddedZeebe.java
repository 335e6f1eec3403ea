package dev.dialtone.runtime.engine;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.DialtoneEngineFactory;
import io.grpc.ManagedChannel;
import io.grpc.inprocess.InProcessChannelBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process Zeebe engine of the embedded default: its gateway is reachable only from inside
 * this JVM (an in-process gRPC transport, no socket), its state lives in a throwaway RocksDB
 * directory that is removed when the engine stops. Published flows are redeployed at every start,
 * so nothing here needs to survive a restart.
 */
public final class EmbeddedZeebe implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedZeebe.class);

  private final ZeebeTestEngine engine;
  private final Path stateDirectory;
  private final String gatewayName = "dialtone-zeebe-" + UUID.randomUUID();

  public EmbeddedZeebe(long stateMemoryBytes) {
    this.stateDirectory = newStateDirectory();
    try {
      this.engine =
          DialtoneEngineFactory.create(gatewayName, stateDirectory.toFile(), stateMemoryBytes);
      engine.start();
    } catch (RuntimeException e) {
      delete(stateDirectory);
      throw new IllegalStateException("the embedded Zeebe engine did not start: " + e, e);
    }
  }

  public ZeebeTestEngine engine() {
    return engine;
  }

  /**
   * A channel to the engine's gateway. Responses and streamed jobs are handed to the client on the
   * engine's own thread ({@code directExecutor}): the client only completes a future or queues the
   * job for its worker thread, so no extra thread hop lies between the engine and the worker.
   */
  public ManagedChannel newChannel(int maxInboundMessageSize) {
    return InProcessChannelBuilder.forName(gatewayName)
        .directExecutor()
        .maxInboundMessageSize(maxInboundMessageSize)
        .build();
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

  private static void delete(Path directory) {
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      LOG.warn("could not remove {}: {}", directory, e.toString());
    }
  }
}
