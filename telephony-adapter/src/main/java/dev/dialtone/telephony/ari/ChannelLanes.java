package dev.dialtone.telephony.ari;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One serial lane per channel on virtual threads: what happens on a channel (its events, the
 * completion of its commands) runs in arrival order, one task at a time, off the WebSocket's I/O
 * thread, while different channels proceed in parallel. A lane disappears when it runs empty.
 */
final class ChannelLanes implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ChannelLanes.class);

  private final ExecutorService threads =
      Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("ari-lane-", 0).factory());
  private final Map<String, ArrayDeque<Runnable>> lanes = new HashMap<>();

  void submit(String key, Runnable task) {
    boolean start;
    synchronized (lanes) {
      ArrayDeque<Runnable> lane = lanes.get(key);
      start = lane == null;
      if (start) {
        lane = new ArrayDeque<>();
        lanes.put(key, lane);
      }
      lane.add(task);
    }
    if (start) {
      threads.execute(() -> drain(key));
    }
  }

  private void drain(String key) {
    while (true) {
      Runnable next;
      synchronized (lanes) {
        ArrayDeque<Runnable> lane = lanes.get(key);
        next = lane.poll();
        if (next == null) {
          lanes.remove(key);
          return;
        }
      }
      try {
        next.run();
      } catch (RuntimeException e) {
        // A failing listener must not stall the channel's later events.
        LOG.error("task on channel lane {} failed", key, e);
      }
    }
  }

  @Override
  public void close() {
    threads.shutdownNow();
  }
}
