package dev.dialtone.runtime.engine;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.DialtoneEngineFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The engine as a process of its own, for tests of the external-engine path: its gRPC gateway
 * listens on a free loopback port, printed as {@code GATEWAY <port>} once it serves; it stops when
 * its standard input closes (so it never outlives the test JVM that started it).
 */
public final class StandaloneEngine {

  private StandaloneEngine() {}

  public static void main(String[] args) throws IOException {
    Path state = Files.createTempDirectory("dialtone-standalone-zeebe-");
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    ZeebeTestEngine engine =
        DialtoneEngineFactory.createOnLoopback(port, state.toFile(), 64L << 20);
    engine.start();
    System.out.println("GATEWAY " + port);
    System.out.flush();
    while (System.in.read() != -1) {
      // wait for the parent to close the pipe
    }
    engine.stop();
  }
}
