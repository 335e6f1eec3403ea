package dev.dialtone.runtime.legs;

import dev.dialtone.telephony.CallControl;
import dev.dialtone.telephony.ChannelGoneException;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
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
  private volatile CallRoute route;
  private final CallControl telephony;
  private final AtomicInteger stepSeq = new AtomicInteger();
  private final AtomicInteger eventSeq = new AtomicInteger();
  private final StringBuilder typeAhead = new StringBuilder();
  private DigitCollector collector;
  private BargeIn bargeIn = BargeIn.UNDECIDED;
  private boolean keyDuringPrompt;
  private boolean gone;
  private final long arrivedNanos = System.nanoTime();
  private final AtomicBoolean acted = new AtomicBoolean();
  private volatile long silenceBeganNanos;
  private final MediaQueue media;
  private volatile String currentNodeId;

  /** Whether a key stops the prompts now queued; the next digits node decides. */
  private enum BargeIn {
    UNDECIDED,
    ALLOWED,
    OFF
  }

  /** A leg whose route is not known yet (it is being routed); see {@link #routed}. */
  public CallLeg(UUID callId, String channelId, String from, String to, CallControl telephony) {
    this(callId, channelId, from, to, null, telephony);
  }

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

  /** The process the leg runs; null while it is being routed, and for a rejected call. */
  public CallRoute route() {
    return route;
  }

  public void routed(CallRoute route) {
    this.route = route;
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

  /**
   * A key the caller pressed: feeds the waiting digits node, or is kept for the next one. A key
   * pressed during the prompts before a digits node stops them at once (barge-in), unless that node
   * turned barge-in off; when its job has not arrived yet, the decision waits for it.
   */
  public void keyPressed(char key) {
    boolean stop;
    synchronized (this) {
      if (gone) {
        return;
      }
      if (collector != null) {
        if (collector.accept(key)) {
          collector = null;
        } else {
          collector.armTimer();
        }
        return;
      }
      typeAhead.append(key);
      keyDuringPrompt = bargeIn == BargeIn.UNDECIDED;
      stop = bargeIn == BargeIn.ALLOWED;
    }
    if (stop) {
      cutPromptsShort();
    }
  }

  /**
   * The next digits node says whether keys may cut the prompts before it short; a key already
   * pressed during them cuts them now.
   */
  public void bargeIn(boolean allowed) {
    boolean stop;
    synchronized (this) {
      bargeIn = allowed ? BargeIn.ALLOWED : BargeIn.OFF;
      stop = allowed && keyDuringPrompt;
      keyDuringPrompt = false;
    }
    if (stop) {
      cutPromptsShort();
    }
  }

  // Outside the leg's lock: stopping completes the prompt's future, and what runs on its
  // completion (the digits node starting) takes the lock again.
  private void cutPromptsShort() {
    if (media.cutShort()) {
      telephony
          .stopMedia(channelId)
          .exceptionally(
              error -> {
                // The channel went while we stopped its prompt: its hang-up ends the leg.
                return null;
              });
    }
  }

  /** Starts collecting; keys typed ahead (e.g. during the prompt) count first. */
  public synchronized CompletableFuture<String> collectDigits(
      DigitRequest request, ScheduledExecutorService timer) {
    if (gone) {
      return CompletableFuture.failedFuture(new ChannelGoneException(channelId));
    }
    // The prompts before this node are over: barge-in is for the next node to decide.
    bargeIn = BargeIn.UNDECIDED;
    keyDuringPrompt = false;
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
   * onEnd} once it has been heard, cut short by a key, or could not be (with the reason; {@link
   * ChannelGoneException} when the caller left first). A prompt skipped by barge-in before it began
   * never starts.
   */
  public void queueMedia(
      Runnable onStart,
      java.util.function.Supplier<CompletableFuture<Void>> play,
      PromptEnd onEnd) {
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
