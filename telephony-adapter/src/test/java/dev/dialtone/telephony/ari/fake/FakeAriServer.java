package dev.dialtone.telephony.ari.fake;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A protocol-level stand-in for Asterisk 22's REST interface: HTTP/1.1 with keep-alive and the
 * events WebSocket on 127.0.0.1, ARI 10 JSON, driven by scripted callers and far ends. Tests reach
 * it through ari4java exactly as they would reach Asterisk.
 */
public final class FakeAriServer implements AutoCloseable {

  private final String app;
  private final String authorization;
  private final EventLoopGroup group =
      new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
  private final Set<Channel> eventSockets = ConcurrentHashMap.newKeySet();
  private final FakeAsterisk asterisk;
  private final Channel server;
  private volatile boolean refuseEvents;

  private FakeAriServer(String app, String username, String password) {
    this.app = app;
    this.authorization =
        "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes());
    this.asterisk = new FakeAsterisk(app, this::broadcast);
    FakeAriHandler.Routes routes = new FakeAriHandler.Routes(asterisk, this);
    this.server =
        new ServerBootstrap()
            .group(group)
            .channel(NioServerSocketChannel.class)
            .childHandler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel ch) {
                    ch.pipeline()
                        .addLast(new HttpServerCodec())
                        .addLast(new HttpObjectAggregator(1 << 20))
                        .addLast(new FakeAriHandler(routes));
                  }
                })
            .bind(new InetSocketAddress("127.0.0.1", 0))
            .syncUninterruptibly()
            .channel();
  }

  /** Starts a fake Asterisk whose Stasis application is {@code app}. */
  public static FakeAriServer start(String app, String username, String password) {
    return new FakeAriServer(app, username, password);
  }

  /** The base URL to give ari4java ({@code http://127.0.0.1:port/}). */
  public URI url() {
    return URI.create(
        "http://127.0.0.1:" + ((InetSocketAddress) server.localAddress()).getPort() + "/");
  }

  public String app() {
    return app;
  }

  // ---- scripted callers ------------------------------------------------------------------

  /**
   * A caller dials {@code exten}; the dialplan runs {@code Stasis(app, args...)}. The channel
   * enters the application ringing. Returns its id.
   */
  public String call(String from, String exten, String... stasisArgs) {
    return asterisk.incoming(from, exten, List.of(stasisArgs));
  }

  public void pressKeys(String channelId, String keys) {
    asterisk.pressKeys(channelId, keys);
  }

  public void pressKeysAfter(String channelId, Duration delay, String keys) {
    asterisk.pressKeysAfter(channelId, delay, keys);
  }

  /** The caller presses keys a third into the next prompt they hear (barge-in). */
  public void pressKeysDuringNextPrompt(String channelId, String keys) {
    asterisk.channel(channelId).orElseThrow().keysDuringPrompt = keys;
  }

  /** The caller presses keys {@code delay} after the next prompt they hear has ended. */
  public void pressKeysAfterNextPrompt(String channelId, Duration delay, String keys) {
    FakeChannel channel = asterisk.channel(channelId).orElseThrow();
    channel.keysAfterPromptDelay = delay;
    channel.keysAfterPrompt = keys;
  }

  /** The caller hangs up a third into the next prompt they hear. */
  public void hangUpDuringNextPrompt(String channelId) {
    asterisk.channel(channelId).orElseThrow().hangUpDuringPrompt = true;
  }

  public void hangUp(String channelId) {
    asterisk.hangUpByCaller(channelId, 16);
  }

  /** How the party behind {@code endpoint} answers originated calls (default: after 50 ms). */
  public void farEnd(String endpoint, FarEnd behaviour) {
    asterisk.farEnd(endpoint, behaviour);
  }

  /** How long a medium plays (default 300 ms for everything). */
  public void promptLength(Function<String, Duration> length) {
    asterisk.promptLength = length;
  }

  /** From now on bridge creations are answered only after {@link #releaseBridgeCreations()}. */
  public void holdBridgeCreations() {
    asterisk.bridgeCreations.hold();
  }

  /** How many bridge creations are held. */
  public int heldBridgeCreations() {
    return asterisk.bridgeCreations.waiting();
  }

  public void releaseBridgeCreations() {
    asterisk.bridgeCreations.release();
  }

  // ---- what happened ---------------------------------------------------------------------

  /** The media played to a channel, in order (also after it hung up). */
  public List<String> played(String channelId) {
    return List.copyOf(asterisk.played.getOrDefault(channelId, List.of()));
  }

  /** The state of a live channel (Ring, Ringing, Up), empty once it is gone. */
  public Optional<String> channelState(String channelId) {
    return asterisk.channel(channelId).filter(c -> !c.gone).map(FakeChannel::state);
  }

  public int liveChannels() {
    return asterisk.liveChannels().size();
  }

  public List<String> bridgeMembers(String bridgeId) {
    return asterisk.bridges.members(bridgeId);
  }

  public List<String> commandLog() {
    return List.copyOf(asterisk.commandLog);
  }

  /**
   * Every gap so far between what the application waited for (answer, end of a prompt, a key) and
   * its next media or hang-up command on that channel, in nanoseconds.
   */
  public List<Long> deadAirNanos() {
    return asterisk.deadAir.gapsNanos();
  }

  /** The same gaps by kind, e.g. {@code "key → play"}. */
  public java.util.Map<String, List<Long>> deadAirNanosByKind() {
    return asterisk.deadAir.gapsByKind();
  }

  public void resetDeadAir() {
    asterisk.deadAir.reset();
  }

  /**
   * How long each inbound caller answered so far rang: from entering the application (StasisStart)
   * to the application's answer, in nanoseconds.
   */
  public List<Long> ringNanos() {
    return asterisk.ringing.ringNanos();
  }

  public void resetRinging() {
    asterisk.ringing.reset();
  }

  // ---- the events socket -----------------------------------------------------------------

  public int eventSockets() {
    return eventSockets.size();
  }

  /** Closes every events WebSocket at once, as a network failure or an Asterisk restart would. */
  public void dropEvents() {
    eventSockets.forEach(Channel::close);
    eventSockets.clear();
  }

  /**
   * Like a host that vanished: the open event sockets stay open but nothing is read from or written
   * to them any more, so pings go unanswered.
   */
  public void silenceEvents() {
    eventSockets.forEach(socket -> socket.config().setAutoRead(false));
    eventSockets.clear();
  }

  /** While true, the events WebSocket is refused (503), so clients stay disconnected. */
  public void refuseEvents(boolean refuse) {
    this.refuseEvents = refuse;
  }

  boolean refusesEvents() {
    return refuseEvents;
  }

  boolean authorized(String header) {
    return authorization.equals(header);
  }

  void eventSocketOpened(Channel channel) {
    eventSockets.add(channel);
    channel.closeFuture().addListener(f -> eventSockets.remove(channel));
  }

  private void broadcast(String json) {
    for (Channel socket : eventSockets) {
      socket.writeAndFlush(new TextWebSocketFrame(json));
    }
  }

  @Override
  public void close() {
    asterisk.close();
    eventSockets.forEach(Channel::close);
    server.close().syncUninterruptibly();
    group.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
  }
}
