package dev.dialtone.runtime.engine;

import io.grpc.ServerBuilder;
import io.grpc.ServerProvider;
import io.grpc.netty.NettyServerBuilder;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * Makes {@code ServerBuilder.forPort} bind to the loopback interface only.
 *
 * <p>The in-memory Zeebe engine opens its gateway with {@code ServerBuilder.forPort}, which would
 * listen on every interface and expose an unauthenticated workflow engine to the network. It is
 * the only gRPC server this process starts, so narrowing the default is safe.
 */
public final class LoopbackServerProvider extends ServerProvider {

  @Override
  protected boolean isAvailable() {
    return true;
  }

  @Override
  protected int priority() {
    return 10; // above grpc-netty's 5, so the registry prefers this provider
  }

  @Override
  protected ServerBuilder<?> builderForPort(int port) {
    return NettyServerBuilder.forAddress(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
  }
}
