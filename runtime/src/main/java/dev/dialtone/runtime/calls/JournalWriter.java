package dev.dialtone.runtime.calls;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One thread that applies journal changes in order, as many as are waiting in one transaction:
 * under load a burst of calls costs one commit, not hundreds. A batch that fails is replayed change
 * by change, so one bad change loses only itself.
 */
final class JournalWriter implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(JournalWriter.class);
  private static final int MAX_BATCH = 1000;

  /**
   * How long a change may wait for others to share its transaction. Nothing on a call's path waits
   * for the journal; only observers (the live test-call panel) see changes this much later.
   */
  private static final long LINGER_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

  /**
   * A change to store, and what to do once it is stored. A {@code row} (an event, a step, a step
   * end) lets the batch applier write many of them in one statement; {@code change} alone writes it
   * when a batch has to be replayed entry by entry.
   */
  record Entry(String what, Runnable change, Runnable afterCommit, Object row) {}

  /** The row of a flush's entry. */
  private static final Object FLUSH = new Object();

  private final BlockingQueue<Entry> queue = new LinkedBlockingQueue<>();
  private final Consumer<Runnable> inTransaction;
  private final Consumer<List<Entry>> applyBatch;
  private final Thread thread;
  private volatile boolean running = true;

  /** Someone waits in {@link #flush}: the batch being gathered is written at once. */
  private volatile boolean flushRequested;

  JournalWriter(Consumer<Runnable> inTransaction, Consumer<List<Entry>> applyBatch) {
    this.inTransaction = inTransaction;
    this.applyBatch = applyBatch;
    this.thread = Thread.ofPlatform().name("call-journal").daemon().start(this::loop);
  }

  void submit(Entry entry) {
    queue.add(entry);
  }

  /** Waits until everything submitted so far is stored. */
  void flush() {
    CountDownLatch drained = new CountDownLatch(1);
    queue.add(new Entry("flush", () -> {}, drained::countDown, FLUSH));
    flushRequested = true;
    LockSupport.unpark(thread);
    try {
      if (!drained.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("call journal did not drain within 30 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while draining the call journal", e);
    }
  }

  @Override
  public void close() {
    flush();
    running = false;
    thread.interrupt();
  }

  private void loop() {
    List<Entry> batch = new ArrayList<>();
    while (running) {
      try {
        batch.add(queue.take());
      } catch (InterruptedException e) {
        return;
      }
      if (batch.getFirst().row() != FLUSH) {
        // Let the changes of the next moments join this one: a transaction and a statement per
        // kind of change cost about as much for one row as for a hundred. A flush cuts it short.
        long deadline = System.nanoTime() + LINGER_NANOS;
        long left;
        while (!flushRequested
            && queue.size() < MAX_BATCH - 1
            && (left = deadline - System.nanoTime()) > 0) {
          LockSupport.parkNanos(this, left);
          if (Thread.interrupted()) {
            return;
          }
        }
      }
      // reset before draining: a flush whose entry misses this batch keeps its request
      flushRequested = false;
      queue.drainTo(batch, MAX_BATCH - 1);
      write(batch);
      batch.clear();
    }
  }

  private void write(List<Entry> batch) {
    try {
      inTransaction.accept(() -> applyBatch.accept(batch));
      batch.forEach(this::afterCommit);
    } catch (RuntimeException batchFailed) {
      batch.forEach(this::writeAlone);
    }
  }

  private void writeAlone(Entry entry) {
    try {
      inTransaction.accept(entry.change());
      afterCommit(entry);
    } catch (RuntimeException e) {
      LOG.error("call journal could not {}", entry.what(), e);
    }
  }

  private void afterCommit(Entry entry) {
    try {
      entry.afterCommit().run();
    } catch (RuntimeException e) {
      LOG.warn("call observer failed on {}", entry.what(), e);
    }
  }
}
