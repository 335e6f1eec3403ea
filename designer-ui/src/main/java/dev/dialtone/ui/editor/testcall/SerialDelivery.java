package dev.dialtone.ui.editor.testcall;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks one after another, in the order submitted, on an executor's threads: the call
 * journal's writer thread only queues a task here and returns, and the tasks still see the facts in
 * order.
 */
final class SerialDelivery {

  private static final Logger LOG = LoggerFactory.getLogger(SerialDelivery.class);

  private final Executor executor;
  private final Queue<Runnable> queue = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean draining = new AtomicBoolean();
  private volatile boolean stopped;

  SerialDelivery(Executor executor) {
    this.executor = executor;
  }

  void submit(Runnable task) {
    if (stopped) {
      return;
    }
    queue.add(task);
    schedule();
  }

  /** Drops what is queued and ignores what comes: the listener is gone. */
  void stop() {
    stopped = true;
    queue.clear();
  }

  private void schedule() {
    if (!draining.compareAndSet(false, true)) {
      return;
    }
    try {
      executor.execute(this::drain);
    } catch (RejectedExecutionException e) {
      draining.set(false); // shutting down: nobody is left to tell
    }
  }

  private void drain() {
    try {
      for (Runnable task = queue.poll(); task != null && !stopped; task = queue.poll()) {
        try {
          task.run();
        } catch (RuntimeException e) {
          // One failing delivery (e.g. a browser that went away) must not stop the ones after it.
          LOG.warn("test call update failed", e);
        }
      }
    } finally {
      draining.set(false);
    }
    if (!queue.isEmpty() && !stopped) {
      schedule();
    }
  }
}
