package dev.dialtone.runtime.calls;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the runtime's work for telephony events off the thread that delivered them: tasks for one
 * channel run one after another in the order they were handed in, tasks for different channels run
 * side by side. So a slow step of one call (routing, deploying a flow, a database round trip) never
 * holds up the keys another caller presses, and one caller's events never overtake each other.
 */
public final class ChannelExecutor {

  private static final Logger LOG = LoggerFactory.getLogger(ChannelExecutor.class);

  private final Executor executor;
  private final Map<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

  public ChannelExecutor(Executor executor) {
    this.executor = executor;
  }

  /** Queues a task behind the channel's earlier ones; a failing task is logged, never rethrown. */
  public void execute(String channelId, Runnable task) {
    Runnable guarded =
        () -> {
          try {
            task.run();
          } catch (RuntimeException e) {
            LOG.error("work for channel {} failed", channelId, e);
          }
        };
    @SuppressWarnings("unchecked")
    CompletableFuture<Void>[] queued = new CompletableFuture[1];
    tails.compute(
        channelId,
        (id, tail) ->
            queued[0] =
                tail == null
                    ? CompletableFuture.runAsync(guarded, executor)
                    : tail.thenRunAsync(guarded, executor));
    // Registered outside compute: a task that already finished would otherwise update the map
    // from within its own compute.
    queued[0].whenComplete((done, error) -> tails.remove(channelId, queued[0]));
  }

  /** Channels with work queued or running (tests, diagnostics). */
  public int busyChannels() {
    return tails.size();
  }
}
