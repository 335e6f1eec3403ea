package dev.dialtone.telephony.ari.fake;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshakerFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** One HTTP connection to the fake: routes ARI requests, or upgrades to the events socket. */
final class FakeAriHandler extends SimpleChannelInboundHandler<Object> {

  record Routes(FakeAsterisk asterisk, FakeAriServer server) {}

  private final Routes routes;

  FakeAriHandler(Routes routes) {
    this.routes = routes;
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, Object message) {
    switch (message) {
      case FullHttpRequest request -> request(ctx, request);
      case PingWebSocketFrame ping ->
          ctx.writeAndFlush(new PongWebSocketFrame(ping.content().retain()));
      case CloseWebSocketFrame close -> ctx.close();
      case WebSocketFrame ignored -> {}
      default -> {}
    }
  }

  private void request(ChannelHandlerContext ctx, FullHttpRequest request) {
    boolean keepAlive = HttpUtil.isKeepAlive(request);
    if (!routes.server().authorized(request.headers().get(HttpHeaderNames.AUTHORIZATION))) {
      send(ctx, Reply.json(401, AriJson.error("Authentication required")), keepAlive);
      return;
    }
    QueryStringDecoder uri = new QueryStringDecoder(request.uri());
    Map<String, String> params = new HashMap<>();
    uri.parameters().forEach((k, v) -> params.put(k, v.getFirst()));
    String[] path = uri.path().replaceFirst("^/ari/", "").split("/");
    if (path[0].equals("events")) {
      events(ctx, request, params);
      return;
    }
    route(request.method(), path, params)
        .whenComplete(
            (reply, error) ->
                send(
                    ctx,
                    error == null ? reply : Reply.json(500, AriJson.error(error.toString())),
                    keepAlive));
  }

  private void events(ChannelHandlerContext ctx, FullHttpRequest request, Map<String, String> p) {
    if (routes.server().refusesEvents() || !routes.server().app().equals(p.get("app"))) {
      send(ctx, Reply.json(503, AriJson.error("no events for you")), false);
      return;
    }
    String location = "ws://" + request.headers().get(HttpHeaderNames.HOST) + request.uri();
    WebSocketServerHandshaker handshaker =
        new WebSocketServerHandshakerFactory(location, null, false).newHandshaker(request);
    if (handshaker == null) {
      WebSocketServerHandshakerFactory.sendUnsupportedVersionResponse(ctx.channel());
      return;
    }
    handshaker
        .handshake(ctx.channel(), request)
        .addListener(
            f -> {
              if (f.isSuccess()) {
                routes.server().eventSocketOpened(ctx.channel());
              }
            });
  }

  private CompletableFuture<Reply> route(HttpMethod method, String[] path, Map<String, String> p) {
    FakeAsterisk asterisk = routes.asterisk();
    String m = method.name();
    String resource = path[0];
    return switch (resource) {
      case "asterisk" ->
          done(
              Reply.json(
                  200,
                  AriJson.MAPPER
                      .createObjectNode()
                      .put("asterisk_id", "fa:ke:00:00:00:01")
                      .put("ping", "pong")
                      .put("timestamp", AriJson.now())));
      case "channels" -> {
        if (path.length == 1 && m.equals("POST")) {
          yield done(asterisk.originate(p));
        }
        String action = path.length > 2 ? path[2] : "";
        yield onChannel(
            path[1],
            channel ->
                switch (m + " " + action) {
                  case "POST answer" -> asterisk.answer(channel);
                  case "POST play" -> asterisk.play(channel, p.get("media"), p.get("playbackId"));
                  case "POST record" -> asterisk.recorder.record(channel, p);
                  case "DELETE " -> asterisk.hangupCommand(channel, p.get("reason"));
                  case "GET " -> Reply.json(200, AriJson.channel(channel));
                  default -> Reply.json(405, AriJson.error("not in the fake: " + m + " " + action));
                });
      }
      case "playbacks" -> done(asterisk.stopPlayback(path[1]));
      case "recordings" ->
          done(
              switch (m + " " + path[1] + " " + (path.length > 3 ? path[3] : "")) {
                case "POST live stop" -> asterisk.recorder.stop(path[2]);
                case "GET stored file" -> asterisk.recorder.storedFile(path[2]);
                case "DELETE stored " -> asterisk.recorder.deleteStored(path[2]);
                default -> Reply.json(405, AriJson.error("not in the fake"));
              });
      case "bridges" -> bridges(asterisk, m, path, p);
      default -> done(Reply.notFound("Resource"));
    };
  }

  private CompletableFuture<Reply> bridges(
      FakeAsterisk asterisk, String m, String[] path, Map<String, String> p) {
    if (path.length == 1) {
      return asterisk.bridgeCreations.after(() -> asterisk.bridges.create(p.get("bridgeId")));
    }
    if (path.length == 2) {
      return done(
          m.equals("DELETE") ? asterisk.bridges.destroy(path[1]) : Reply.notFound("Bridge"));
    }
    return onChannel(
        p.get("channel"),
        channel ->
            path[2].equals("addChannel")
                ? asterisk.bridges.add(path[1], channel)
                : asterisk.bridges.remove(path[1], channel));
  }

  /** Runs a command on the channel's own thread, after the commands before it. */
  private CompletableFuture<Reply> onChannel(String id, Function<FakeChannel, Reply> command) {
    return routes
        .asterisk()
        .channel(id)
        .filter(c -> !c.gone)
        .map(
            channel -> {
              try {
                return CompletableFuture.supplyAsync(
                    () -> channel.gone ? Reply.notFound("Channel") : command.apply(channel),
                    channel.commands);
              } catch (java.util.concurrent.RejectedExecutionException e) {
                return done(Reply.notFound("Channel"));
              }
            })
        .orElseGet(() -> done(Reply.notFound("Channel")));
  }

  private static CompletableFuture<Reply> done(Reply reply) {
    return CompletableFuture.completedFuture(reply);
  }

  private static void send(ChannelHandlerContext ctx, Reply reply, boolean keepAlive) {
    FullHttpResponse response =
        new DefaultFullHttpResponse(
            HttpVersion.HTTP_1_1,
            HttpResponseStatus.valueOf(reply.status()),
            Unpooled.wrappedBuffer(reply.body()));
    if (reply.contentType() != null) {
      response.headers().set(HttpHeaderNames.CONTENT_TYPE, reply.contentType());
    }
    response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, reply.body().length);
    if (keepAlive) {
      response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
      ctx.writeAndFlush(response);
    } else {
      ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    ctx.close();
  }
}
