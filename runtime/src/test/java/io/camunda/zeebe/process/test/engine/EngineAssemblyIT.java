package io.camunda.zeebe.process.test.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.camunda.zeebe.process.test.engine.DialtoneEngineFactory.Assembly;
import io.camunda.zeebe.protocol.record.Record;
import io.grpc.Server;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The embedded engine's assembly (zeebe-process-test internals, see {@link DialtoneEngineFactory})
 * holds what a long-running runtime needs: its log and record stream stay bounded, its state store
 * forgets finished calls, and it listens on nothing but loopback. Run these after upgrading Zeebe.
 */
class EngineAssemblyIT {

  private static final long STATE_MEMORY = 64L << 20;

  /** Small, so that a few thousand calls overflow it many times over. */
  private static final long RETAINED = 256L << 10;

  private final List<AutoCloseable> toClose = new ArrayList<>();

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable closeable : toClose.reversed()) {
      closeable.close();
    }
  }

  @Test
  void theLogAndTheRecordStreamKeepOnlyTheRetainedTail() throws Exception {
    String name = "assembly-" + UUID.randomUUID();
    Assembly assembly = start(DialtoneEngineFactory.inProcess(name), RETAINED);
    EngineDriver driver = driver(name);

    driver.runCalls(0, 3_000, 50);
    assembly.engine().getRecordStreamSource().getRecords(); // a reader that caches what it reads
    driver.runCalls(3_000, 3_000, 50);

    TrimmedLogStorage log = assembly.log();
    // the trim runs once a second; the biggest block appended is far below 64 KB
    long bound = RETAINED + (64L << 10);
    await(() -> log.heldBytes() <= bound, "the log to trim down to " + bound + " bytes");
    List<Record<?>> records = list(assembly.engine().getRecordStreamSource().getRecords());
    System.out.printf(
        "log: %,d bytes appended for 6,000 calls, %,d held (%d%%); record stream: %,d records"
            + " cached%n",
        log.appendedBytes(),
        log.heldBytes(),
        100 * log.heldBytes() / log.appendedBytes(),
        records.size());
    assertThat(log.appendedBytes()).isGreaterThan(10 * bound);
    assertThat(records).isNotEmpty();
    assertThat(records.getFirst().getPosition()).isGreaterThanOrEqualTo(log.lowestHeldPosition());
    // every call writes dozens of records: a stream holding all of them would hold >100,000
    assertThat(records).hasSizeLessThan(20_000);
  }

  @Test
  void theStateStoreDoesNotGrowWithFinishedCalls() throws Exception {
    String name = "assembly-" + UUID.randomUUID();
    Assembly assembly = start(DialtoneEngineFactory.inProcess(name), RETAINED);
    EngineDriver driver = driver(name);
    driver.runCalls(0, 200, 50); // every kind of key a call writes exists once
    Map<String, Long> before = StateKeys.count(assembly.state());

    driver.runCalls(200, 4_000, 50);
    Map<String, Long> after = StateKeys.count(assembly.state());

    System.out.printf("state keys after 200 calls: %s%nafter 4,200 calls: %s%n", before, after);
    assertThat(after.keySet()).isSubsetOf(before.keySet());
    after.forEach(
        (family, keys) ->
            assertThat(keys).as("keys in %s", family).isLessThanOrEqualTo(before.get(family) + 5));
  }

  @Test
  void theInProcessGatewayListensOnNoSocket() throws Exception {
    assumeTrue(ListeningSockets.readable(), "needs Linux's /proc to list listening sockets");
    Set<String> before = ListeningSockets.ofThisProcess();
    String name = "assembly-" + UUID.randomUUID();
    start(DialtoneEngineFactory.inProcess(name), RETAINED);
    driver(name).runCalls(0, 10, 10);

    assertThat(ListeningSockets.ofThisProcess()).isEqualTo(before);
  }

  @Test
  void theTcpGatewayListensOnLoopbackOnly() throws Exception {
    Assembly assembly = start(DialtoneEngineFactory.onLoopback(0), RETAINED);
    List<? extends SocketAddress> bound = assembly.gateway().getListenSockets();
    assertThat(bound).isNotEmpty();
    int port = 0;
    for (SocketAddress address : bound) {
      InetSocketAddress socket = (InetSocketAddress) address;
      assertThat(socket.getAddress().isLoopbackAddress()).as("%s is loopback", socket).isTrue();
      port = socket.getPort();
    }

    try (Socket reached = new Socket()) { // the test can tell a listening port
      reached.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
    }
    Optional<InetAddress> outside = nonLoopbackAddress();
    assumeTrue(outside.isPresent(), "this machine has no non-loopback address to try");
    int gatewayPort = port;
    assertThatThrownBy(
            () -> {
              try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(outside.get(), gatewayPort), 10_000);
              }
            })
        .as("the gateway reached on %s", outside.get())
        .isInstanceOf(ConnectException.class);
  }

  private Assembly start(Function<GrpcToLogStreamGateway, Server> serve, long retained)
      throws IOException {
    Path directory = Files.createTempDirectory("dialtone-assembly-");
    Assembly assembly =
        DialtoneEngineFactory.assemble(serve, directory.toFile(), STATE_MEMORY, retained);
    assembly.engine().start();
    toClose.add(() -> StateKeys.delete(directory));
    toClose.add(() -> assembly.engine().stop());
    return assembly;
  }

  private EngineDriver driver(String gatewayName) {
    EngineDriver driver = new EngineDriver(gatewayName);
    toClose.add(driver);
    return driver;
  }

  private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
    return NetworkInterface.networkInterfaces()
        .filter(EngineAssemblyIT::upAndNotLoopback)
        .flatMap(NetworkInterface::inetAddresses)
        .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
        .sorted(
            (a, b) -> Boolean.compare(!(a instanceof Inet4Address), !(b instanceof Inet4Address)))
        .findFirst();
  }

  private static <T> List<T> list(Iterable<T> items) {
    List<T> list = new ArrayList<>();
    items.forEach(list::add);
    return list;
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(200);
    }
  }

  private static boolean upAndNotLoopback(NetworkInterface network) {
    try {
      return network.isUp() && !network.isLoopback();
    } catch (SocketException e) {
      return false;
    }
  }
}
