package dev.dialtone.telephony.ari;

import ch.loway.oss.ari4java.ARI;
import ch.loway.oss.ari4java.AriVersion;
import ch.loway.oss.ari4java.generated.models.Message;
import ch.loway.oss.ari4java.tools.ARIException;
import ch.loway.oss.ari4java.tools.AriConnectionEvent;
import ch.loway.oss.ari4java.tools.AriWSCallback;
import ch.loway.oss.ari4java.tools.RestException;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ari4java client and its events WebSocket. ari4java's own reconnect (2, 5, 10 s, then it gives
 * up) is turned off: after a drop this class builds a fresh client with exponential backoff,
 * forever, and tells its owner the moment the socket went down so calls that were up are ended.
 * Each client is a generation; callbacks from an older one are ignored.
 */
final class AriConnection implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(AriConnection.class);

  /** What the connection reports to the adapter; called on ari4java's threads: hand off fast. */
  interface Events {
    void onMessage(Message message);

    void onDown(String reason);
  }

  private final AriSettings settings;
  private final Events events;
  private final ScheduledExecutorService reconnects =
      Executors.newSingleThreadScheduledExecutor(
          r -> Thread.ofPlatform().name("ari-reconnect").daemon().unstarted(r));
  private volatile ARI ari;
  private volatile ConnectionState state =
      new ConnectionState(ConnectionState.Status.CONNECTING, "not connected yet", Instant.now());
  private volatile int generation;
  private int failedAttempts;
  private boolean closed;

  AriConnection(AriSettings settings, Events events) {
    this.settings = settings;
    this.events = events;
  }

  void start() {
    reconnects.execute(this::connect);
  }

  ConnectionState state() {
    return state;
  }

  /** The current client, for commands; null before the first connect. */
  ARI ari() {
    ARI current = ari;
    if (current == null) {
      throw new IllegalStateException("ARI is not connected yet");
    }
    return current;
  }

  private synchronized void connect() {
    if (closed) {
      return;
    }
    int mine = ++generation;
    ARI previous = ari;
    if (previous != null) {
      // cleanup() says goodbye over HTTP: not on this thread, the server may be gone
      Thread.ofVirtual().start(previous::cleanup);
    }
    try {
      // Built by hand rather than by ARI.build: that one starts a Netty client neither
      // transport here uses (see JdkRestClient and JdkEventSocket).
      ARI fresh = new ARI();
      fresh.setAppName(settings.app());
      fresh.setVersion(AriVersion.ARI_10_0_0);
      fresh.setHttpClient(
          new JdkRestClient(settings.url(), settings.username(), settings.password()));
      fresh.setWsClient(
          new JdkEventSocket(
              settings.url(), settings.username(), settings.password(), settings.keepalive()));
      ari = fresh;
      fresh.eventsCallback(new Callback(mine));
    } catch (ARIException | RuntimeException e) {
      down(mine, "cannot connect: " + e.getMessage());
    }
  }

  private synchronized void up(int of) {
    if (of != generation || closed) {
      return;
    }
    failedAttempts = 0;
    state = new ConnectionState(ConnectionState.Status.UP, "", Instant.now());
    LOG.info("ARI events WebSocket to {} is up (app {})", settings.url(), settings.app());
  }

  private synchronized void down(int of, String reason) {
    if (of != generation || closed) {
      return;
    }
    generation++; // later callbacks of this client are stale
    boolean wasUp = state.isUp();
    state = new ConnectionState(ConnectionState.Status.DOWN, reason, Instant.now());
    long delay =
        Math.min(
            settings.reconnectCeiling().toMillis(),
            settings.reconnectFloor().toMillis() << Math.min(failedAttempts, 16));
    failedAttempts++;
    LOG.warn("ARI events WebSocket down ({}); reconnecting in {} ms", reason, delay);
    if (wasUp) {
      events.onDown(reason);
    }
    reconnects.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    ARI current;
    synchronized (this) {
      closed = true;
      current = ari;
      ari = null;
    }
    reconnects.shutdownNow();
    if (current != null) {
      current.cleanup();
    }
  }

  private final class Callback implements AriWSCallback<Message> {

    private final int of;

    Callback(int of) {
      this.of = of;
    }

    @Override
    public void onSuccess(Message message) {
      if (message != null && of == generation) {
        events.onMessage(message);
      }
    }

    @Override
    public void onFailure(RestException e) {
      down(of, e.getMessage());
    }

    @Override
    public void onConnectionEvent(AriConnectionEvent event) {
      if (event == AriConnectionEvent.WS_CONNECTED) {
        up(of);
      } else {
        down(of, "WebSocket closed");
      }
    }
  }
}
