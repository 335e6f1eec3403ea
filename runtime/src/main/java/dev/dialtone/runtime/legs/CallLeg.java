package dev.dialtone.runtime.legs;

import dev.dialtone.telephony.CallControl;
import dev.dialtone.telephony.ChannelGoneException;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One live call leg as the runtime sees it: which channel, which flow, the keys the caller pressed
 * that no digits node has taken yet, and the counters that order its trace and transcript.
 */
public final class CallLeg {

  private final UUID callId;
  private final String channelId;
  private final String from;
  private final String to;
  private final CallRoute route;
  private final CallControl telephony;
  private final AtomicInteger stepSeq = new AtomicInteger();
  private final AtomicInteger eventSeq = new AtomicInteger();
  private final StringBuilder typeAhead = new StringBuilder();
  private DigitCollector collector;
  private boolean gone;
  private final long arrivedNanos = System.nanoTime();
  private final java.util.concurrent.atomic.AtomicBoolean acted =
      new java.util.concurrent.atomic.AtomicBoolean();
  private volatile long silenceBeganNanos;
  private final MediaQueue media;
  private volatile String currentNodeId;

  public CallLeg(
      UUID callId,
      String channelId,
      String from,
      String to,
      CallRoute route,
      CallControl telephony) {
    this.callId = callId;
    this.telephony = telephony;
    this.media = new MediaQueue(channelId, this::silenceBegan);
    this.channelId = channelId;
    this.from = from;
    this.to = to;
    this.route = route;
  }

  public UUID callId() {
    return callId;
  }

  public String channelId() {
    return channelId;
  }

  public String from() {
    return from;
  }

  public String to() {
    return to;
  }

  /** The telephony this leg lives on (simulated for test calls, Asterisk for real ones). */
  public CallControl telephony() {
    return telephony;
  }

  public CallRoute route() {
    return route;
  }

  public int nextStepSeq() {
    return stepSeq.incrementAndGet();
  }

  public int nextEventSeq() {
    return eventSeq.incrementAndGet();
  }

  public String currentNodeId() {
    return currentNodeId;
  }

  public void enteredNode(String nodeId) {
    currentNodeId = nodeId;
  }

  /** A key the caller pressed: feeds the waiting digits node, or is kept for the next one. */
  public synchronized void keyPressed(char key) {
    if (gone) {
      return;
    }
    if (collector != null) {
      if (collector.accept(key)) {
        collector = null;
      } else {
        collector.armTimer();
      }
    } else {
      typeAhead.append(key);
    }
  }

  /** Starts collecting; keys typed ahead (e.g. during the prompt) count first. */
  public synchronized CompletableFuture<String> collectDigits(
      DigitRequest request, ScheduledExecutorService timer) {
    if (gone) {
      return CompletableFuture.failedFuture(new ChannelGoneException(channelId));
    }
    DigitCollector next = new DigitCollector(request, timer, this::timedOut);
    while (!typeAhead.isEmpty() && !next.isDone()) {
      char key = typeAhead.charAt(0);
      typeAhead.deleteCharAt(0);
      next.accept(key);
    }
    if (!next.isDone()) {
      collector = next;
      next.armTimer();
    }
    return next.result();
  }

  private synchronized void timedOut() {
    if (collector != null) {
      collector.finish();
      collector = null;
    }
  }

  /** The leg is over: whatever waits on the caller fails with {@link ChannelGoneException}. */
  public synchronized boolean end() {
    if (gone) {
      return false;
    }
    gone = true;
    media.end();
    if (collector != null) {
      collector.abandon(new ChannelGoneException(channelId));
      collector = null;
    }
    return true;
  }

  public synchronized boolean isGone() {
    return gone;
  }

  /** Nanoseconds from the call's arrival to its first action, once; -1 afterwards. */
  public long takeSetupNanos() {
    return acted.compareAndSet(false, true) ? System.nanoTime() - arrivedNanos : -1;
  }

  /**
   * Queues a prompt behind what the caller hears now; {@code onStart} runs as it begins, {@code
   * onEnd} once it has been heard (null) or could not be (the reason; {@link ChannelGoneException}
   * when the caller left first).
   */
  public void queueMedia(
      Runnable onStart,
      java.util.function.Supplier<CompletableFuture<Void>> play,
      java.util.function.Consumer<Throwable> onEnd) {
    media.enqueue(onStart, play, onEnd);
  }

  /** Completes when the caller has heard every queued prompt; fails when the caller left. */
  public CompletableFuture<Void> mediaIdle() {
    return media.idle();
  }

  /**
   * The caller hears nothing and is not being waited for (the last prompt ended, or their input was
   * taken): the silence from here to the next action is dead air.
   */
  public void silenceBegan() {
    silenceBeganNanos = System.nanoTime();
  }

  /** Nanoseconds since the last prompt ended, or -1 when no prompt is pending; resets it. */
  public long takeSilenceNanos() {
    long ended = silenceBeganNanos;
    if (ended == 0) {
      return -1;
    }
    silenceBeganNanos = 0;
    return System.nanoTime() - ended;
  }
}
