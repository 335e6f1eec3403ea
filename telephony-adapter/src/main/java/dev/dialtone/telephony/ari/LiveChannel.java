package dev.dialtone.telephony.ari;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What the adapter remembers about a channel in its Stasis application. Events change it on the
 * channel's lane; commands read it from any thread.
 */
final class LiveChannel {

  private final String id;
  private final boolean outbound;
  private final AtomicBoolean ended = new AtomicBoolean();
  private final AtomicBoolean ringing = new AtomicBoolean();
  private final AtomicBoolean answered = new AtomicBoolean();
  private volatile boolean hungUpLocally;
  private volatile String dialStatus = "";
  private volatile ScheduledFuture<?> dialTimeout;

  LiveChannel(String id, boolean outbound) {
    this.id = id;
    this.outbound = outbound;
  }

  String id() {
    return id;
  }

  boolean outbound() {
    return outbound;
  }

  /** True the first time only: ringing is reported once. */
  boolean markRinging() {
    return ringing.compareAndSet(false, true);
  }

  /** True the first time only: answered is reported once. */
  boolean markAnswered() {
    cancelDialTimeout();
    return answered.compareAndSet(false, true);
  }

  boolean isAnswered() {
    return answered.get();
  }

  /** True the first time only: the end of a channel is reported once, whoever saw it first. */
  boolean markEnded() {
    cancelDialTimeout();
    return ended.compareAndSet(false, true);
  }

  boolean isEnded() {
    return ended.get();
  }

  /**
   * The latest status Asterisk's Dial events gave for this outbound channel (BUSY, NOANSWER, …).
   */
  void dialStatus(String status) {
    dialStatus = status == null ? "" : status;
  }

  String dialStatus() {
    return dialStatus;
  }

  void hungUpLocally() {
    hungUpLocally = true;
  }

  boolean wasHungUpLocally() {
    return hungUpLocally;
  }

  void dialTimeout(ScheduledFuture<?> timer) {
    this.dialTimeout = timer;
  }

  private void cancelDialTimeout() {
    ScheduledFuture<?> timer = dialTimeout;
    if (timer != null) {
      timer.cancel(false);
    }
  }
}
