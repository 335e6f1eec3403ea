package io.camunda.zeebe.process.test.engine;

import io.camunda.zeebe.db.AccessMetricsConfiguration;
import io.camunda.zeebe.db.ConsistencyChecksSettings;
import io.camunda.zeebe.db.ZeebeDb;
import io.camunda.zeebe.db.impl.rocksdb.RocksDbConfiguration;
import io.camunda.zeebe.db.impl.rocksdb.ZeebeRocksDbFactory;
import io.camunda.zeebe.engine.processing.streamprocessor.JobStreamer;
import io.camunda.zeebe.logstreams.log.LogStream;
import io.camunda.zeebe.logstreams.storage.LogStorage;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.ZbColumnFamilies;
import io.camunda.zeebe.scheduler.ActorScheduler;
import io.camunda.zeebe.scheduler.ActorSchedulingService;
import io.camunda.zeebe.scheduler.clock.ActorClock;
import io.camunda.zeebe.scheduler.clock.ControlledActorClock;
import io.camunda.zeebe.stream.impl.StreamProcessor;
import io.grpc.Server;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.netty.NettyServerBuilder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.File;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Builds zeebe-process-test's in-process engine the way a long-running Dialtone needs it, which
 * {@link EngineFactory} cannot be told to do:
 *
 * <ul>
 *   <li>the engine's state lives in RocksDB (Zeebe's own state store) in a throwaway directory,
 *       instead of the test engine's in-memory map that copies the whole state on every iteration —
 *       which made each command slower as more calls were live;
 *   <li>the log forgets processed records beyond a retained tail ({@link TrimmedLogStorage}),
 *       instead of keeping every record of every call on the heap; its record stream ({@link
 *       RetainedRecordStream}) forgets what the log forgot;
 *   <li>the gateway is reachable in-process only, under a name: the runtime's client talks to it
 *       without a socket, HTTP/2 framing or protobuf encoding, and the gateway runs each request on
 *       the thread that sent it, so a command reaches the engine's log without a thread hop.
 * </ul>
 *
 * It lives in the engine's package because the engine's building blocks are package-private; the
 * rest of the assembly is borrowed from {@link EngineFactory} itself.
 */
public final class DialtoneEngineFactory {

  private static final int PARTITION = 1;

  /**
   * Processed records kept for readers of the record stream (tests, tools): the newest ones, about
   * this many bytes; older processed records are dropped.
   */
  private static final long LOG_RETAINED_BYTES = 32L << 20;

  private DialtoneEngineFactory() {}

  /**
   * The engine with its gateway reachable in-process only.
   *
   * @param gatewayName the in-process name the gateway serves under (see {@code
   *     InProcessServerBuilder.forName})
   */
  public static ZeebeTestEngine create(
      String gatewayName, File stateDirectory, long stateMemoryBytes) {
    return assemble(inProcess(gatewayName), stateDirectory, stateMemoryBytes, LOG_RETAINED_BYTES)
        .engine();
  }

  /**
   * The gateway reachable in-process only. Its handlers only append a command to the log, so they
   * run on the sender's thread.
   */
  static Function<GrpcToLogStreamGateway, Server> inProcess(String gatewayName) {
    return gateway ->
        InProcessServerBuilder.forName(gatewayName).directExecutor().addService(gateway).build();
  }

  /** The gateway on a TCP port of the loopback interface only. */
  static Function<GrpcToLogStreamGateway, Server> onLoopback(int port) {
    InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    return gateway -> NettyServerBuilder.forAddress(address).addService(gateway).build();
  }

  /**
   * The same engine with its gRPC gateway on a TCP port of the loopback interface only ({@code 0}
   * for any free port; {@code getGatewayAddress()} tells which after start): an engine process of
   * its own that runtimes reach over real gRPC, as they would a Zeebe cluster's gateway.
   */
  public static ZeebeTestEngine createOnLoopback(
      int port, File stateDirectory, long stateMemoryBytes) {
    return assemble(onLoopback(port), stateDirectory, stateMemoryBytes, LOG_RETAINED_BYTES)
        .engine();
  }

  /**
   * The engine with the parts its own tests look into: the gateway's server (where it listens), the
   * log (what it holds) and the state store (what it keeps).
   */
  record Assembly(
      ZeebeTestEngine engine,
      Server gateway,
      TrimmedLogStorage log,
      ZeebeDb<ZbColumnFamilies> state) {}

  static Assembly assemble(
      Function<GrpcToLogStreamGateway, Server> serve,
      File stateDirectory,
      long stateMemoryBytes,
      long logRetainedBytes) {
    ControlledActorClock clock =
        (ControlledActorClock) borrowed("createActorClock", new Class<?>[0]);
    ActorScheduler scheduler = ActorScheduler.newActorScheduler().setActorClock(clock).build();
    scheduler.start();
    TrimmedLogStorage storage = new TrimmedLogStorage(logRetainedBytes);
    LogStream log =
        (LogStream)
            borrowed(
                "createLogStream",
                new Class<?>[] {LogStorage.class, int.class, ActorClock.class},
                storage,
                PARTITION,
                clock);
    CommandWriter writer = new CommandWriter(log.newLogStreamWriter());
    GatewayRequestStore requests = new GatewayRequestStore();
    InMemoryJobStreamer jobStreamer = new InMemoryJobStreamer(writer);
    GrpcToLogStreamGateway gateway =
        new GrpcToLogStreamGateway(writer, PARTITION, PARTITION, 0, requests, jobStreamer);
    Server server = serve.apply(gateway);
    ExecutorService responseSender =
        Executors.newSingleThreadExecutor(
            r -> Thread.ofPlatform().name("zeebe-gateway-responses").daemon().unstarted(r));
    GrpcResponseWriter responses = new HandedOffResponseWriter(gateway, requests, responseSender);
    ZeebeDb<ZbColumnFamilies> db = rocksDb(stateDirectory, stateMemoryBytes);
    StreamProcessor processor =
        (StreamProcessor)
            borrowed(
                "createStreamProcessor",
                new Class<?>[] {
                  LogStream.class,
                  ZeebeDb.class,
                  ActorSchedulingService.class,
                  GrpcResponseWriter.class,
                  int.class,
                  CommandSender.class,
                  JobStreamer.class,
                  ActorClock.class
                },
                log,
                db,
                scheduler,
                responses,
                PARTITION,
                new CommandSender(writer),
                jobStreamer,
                clock);
    // The monitor only listens for commits; it is typed to the test engine's storage class.
    EngineStateMonitor monitor = new EngineStateMonitor(new InMemoryLogStorage(), processor);
    storage.addCommitListener(monitor);
    trimProcessedRecords(storage, processor, responseSender);
    InMemoryEngine engine =
        new InMemoryEngine(
            server,
            processor,
            gateway,
            db,
            log,
            scheduler,
            new RetainedRecordStream(
                log.newLogStreamReader(), PARTITION, storage::lowestHeldPosition),
            clock,
            monitor);
    return new Assembly(engine, server, storage, db);
  }

  /**
   * Once a second, forgets processed records beyond the retained tail; stops with the engine, and
   * stops the response sender then too.
   */
  private static void trimProcessedRecords(
      TrimmedLogStorage storage, StreamProcessor processor, ExecutorService responseSender) {
    ScheduledExecutorService trimmer =
        Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().name("zeebe-log-trim").daemon().unstarted(r));
    trimmer.scheduleWithFixedDelay(
        () -> {
          if (processor.isActorClosed()) {
            trimmer.shutdown();
            responseSender.shutdown();
            return;
          }
          try {
            storage.trim(processor.getLastProcessedPositionAsync().join());
          } catch (RuntimeException stoppedMeanwhile) {
            trimmer.shutdown();
          }
        },
        1,
        1,
        TimeUnit.SECONDS);
  }

  private static ZeebeDb<ZbColumnFamilies> rocksDb(File directory, long memoryBytes) {
    RocksDbConfiguration configuration =
        new RocksDbConfiguration().setMemoryLimit(memoryBytes).setWalDisabled(true);
    ZeebeRocksDbFactory<ZbColumnFamilies> factory =
        new ZeebeRocksDbFactory<>(
            configuration,
            new ConsistencyChecksSettings(false, false),
            new AccessMetricsConfiguration(AccessMetricsConfiguration.Kind.NONE, PARTITION),
            SimpleMeterRegistry::new);
    return factory.createDb(directory);
  }

  private static Object borrowed(String name, Class<?>[] types, Object... args) {
    try {
      Method method = EngineFactory.class.getDeclaredMethod(name, types);
      method.setAccessible(true);
      return method.invoke(null, args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          "zeebe-process-test changed: EngineFactory." + name + " is gone", e);
    }
  }
}
