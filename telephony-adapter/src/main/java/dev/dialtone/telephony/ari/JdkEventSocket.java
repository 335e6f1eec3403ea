package dev.dialtone.telephony.ari;

import ch.loway.oss.ari4java.tools.HttpParam;
import ch.loway.oss.ari4java.tools.HttpResponseHandler;
import ch.loway.oss.ari4java.tools.RestException;
import ch.loway.oss.ari4java.tools.WsClient;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The events WebSocket, on the JDK's client instead of ari4java's Netty one: ari4java 0.18 hands
 * each received frame to whichever of its event-loop threads comes next, so two events of one
 * channel can overtake each other (a PlaybackFinished before the hang-up that caused it). The JDK
 * client delivers frames one at a time, in order; ari4java still parses them.
 *
 * <p>The socket is pinged every {@code keepalive}; when nothing (pong, event) has come for two
 * intervals it is aborted and reported closed. That catches a peer that vanished without closing
 * and a close the JDK client failed to report: seen on JDK 25, about one in ten times the server
 * closed the connection, the socket sat in CLOSE-WAIT and no {@code onClose} ever came.
 */
final class JdkEventSocket implements WsClient {

  private final URI base;
  private final String authorization;
  private final ExecutorService threads =
      Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("ari-events-", 0).factory());
  private final ScheduledExecutorService pings =
      Executors.newSingleThreadScheduledExecutor(
          r -> Thread.ofPlatform().name("ari-keepalive").daemon().unstarted(r));
  private final HttpClient client;
  private final Duration keepalive;
  private volatile WebSocket socket;

  JdkEventSocket(URI base, String username, String password, Duration keepalive) {
    this.keepalive = keepalive;
    this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    this.client =
        HttpClient.newBuilder().executor(threads).connectTimeout(Duration.ofSeconds(5)).build();
  }

  @Override
  public WsClientConnection connect(HttpResponseHandler handler, String path, List<HttpParam> query)
      throws RestException {
    URI uri = URI.create(base.toString().replaceFirst("^http", "ws") + "ari" + path + query(query));
    Listener listener = new Listener(handler);
    client
        .newWebSocketBuilder()
        .header("Authorization", authorization)
        .connectTimeout(Duration.ofSeconds(5))
        .buildAsync(uri, listener)
        .whenComplete(
            (opened, error) -> {
              if (error != null) {
                handler.onFailure(error);
              } else {
                socket = opened;
                listener.keepAlive(opened);
              }
            });
    return () -> {
      WebSocket current = socket;
      if (current != null) {
        current.abort();
      }
    };
  }

  static String query(List<HttpParam> params) {
    StringBuilder query = new StringBuilder();
    for (HttpParam param : params) {
      if (param.getValue() != null && !param.getValue().isEmpty()) {
        query.append(query.isEmpty() ? '?' : '&');
        query.append(param.getName()).append('=');
        query.append(URLEncoder.encode(param.getValue(), StandardCharsets.UTF_8));
      }
    }
    return query.toString();
  }

  @Override
  public void destroy() {
    WebSocket current = socket;
    if (current != null) {
      current.abort();
    }
    pings.shutdownNow();
    client.shutdownNow();
    threads.shutdownNow();
    try {
      threads.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean isWsConnected() {
    WebSocket current = socket;
    return current != null && !current.isInputClosed();
  }

  /** Called by the JDK one message at a time; a text may arrive in parts. */
  private final class Listener implements WebSocket.Listener {

    private final HttpResponseHandler handler;
    private final StringBuilder partial = new StringBuilder();
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile long heard = System.nanoTime();
    private volatile ScheduledFuture<?> pinging;

    Listener(HttpResponseHandler handler) {
      this.handler = handler;
    }

    /** Pings every keepalive; aborts the socket after two intervals of silence. */
    void keepAlive(WebSocket webSocket) {
      long every = keepalive.toMillis();
      try {
        pinging =
            pings.scheduleWithFixedDelay(
                () -> {
                  if (System.nanoTime() - heard > TimeUnit.MILLISECONDS.toNanos(2 * every)) {
                    webSocket.abort();
                    end(new RestException("events WebSocket silent for " + 2 * every + " ms"));
                  } else if (!webSocket.isOutputClosed()) {
                    webSocket.sendPing(ByteBuffer.allocate(0));
                  }
                },
                every,
                every,
                TimeUnit.MILLISECONDS);
      } catch (java.util.concurrent.RejectedExecutionException destroyed) {
        webSocket.abort();
      }
      ScheduledFuture<?> running = pinging;
      if (running != null && ended.get()) {
        running.cancel(false);
      }
    }

    @Override
    public void onOpen(WebSocket webSocket) {
      handler.onChReadyToWrite();
      webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
      heard = System.nanoTime();
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
      heard = System.nanoTime();
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      heard = System.nanoTime();
      partial.append(data);
      if (last) {
        String text = partial.toString();
        partial.setLength(0);
        handler.onResponseReceived();
        handler.onSuccess(text);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      end(new RestException("events WebSocket closed: " + statusCode + " " + reason));
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      end(error);
    }

    private void end(Throwable cause) {
      if (ended.compareAndSet(false, true)) {
        ScheduledFuture<?> running = pinging;
        if (running != null) {
          running.cancel(false);
        }
        handler.onFailure(cause); // first, so the reason reaches the connection state
        handler.onDisconnect();
      }
    }
  }
}
