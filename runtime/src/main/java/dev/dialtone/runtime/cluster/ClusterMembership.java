package dev.dialtone.runtime.cluster;

import dev.dialtone.runtime.calls.CallLifecycle;
import dev.dialtone.runtime.legs.CallLeg;
import dev.dialtone.runtime.legs.CallLegRegistry;
import dev.dialtone.telephony.HangupCause;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * This runtime instance's place among others sharing the database: at start it closes the calls it
 * left open in an earlier life, then it renews its lease on a heartbeat and takes over the calls of
 * instances whose lease ran out. On a clean stop it hangs up the calls it holds (they end {@code
 * failed} by {@code local}) and gives its lease up.
 *
 * <p>The heartbeat runs on a thread of its own, never on the call timer, so a slow database never
 * delays a caller's prompt.
 */
public class ClusterMembership implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(ClusterMembership.class);

  private final RuntimeInstanceProperties instance;
  private final RuntimeLeases leases;
  private final CallRecovery recovery;
  private final CallLegRegistry legs;
  private final CallLifecycle lifecycle;
  private final Runnable drainJournal;
  private final Clock clock;
  private ScheduledExecutorService heartbeat;

  public ClusterMembership(
      RuntimeInstanceProperties instance,
      RuntimeLeases leases,
      CallRecovery recovery,
      CallLegRegistry legs,
      CallLifecycle lifecycle,
      Runnable drainJournal,
      Clock clock) {
    this.instance = instance;
    this.leases = leases;
    this.recovery = recovery;
    this.legs = legs;
    this.lifecycle = lifecycle;
    this.drainJournal = drainJournal;
    this.clock = clock;
  }

  @Override
  public synchronized void start() {
    recovery.recover(instance.instanceId());
    leases.renew(instance.instanceId(), clock.instant());
    heartbeat =
        Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().name("dialtone-lease").daemon().unstarted(r));
    long period = instance.heartbeat().toMillis();
    heartbeat.scheduleWithFixedDelay(this::beat, period, period, TimeUnit.MILLISECONDS);
    LOG.info("runtime instance {} joined", instance.instanceId());
  }

  /** One heartbeat: renew the lease, then take over instances that are gone. */
  void beat() {
    try {
      Instant now = clock.instant();
      leases.renew(instance.instanceId(), now);
      Instant stale = now.minus(instance.leaseTime());
      for (String gone : leases.expired(instance.instanceId(), stale)) {
        if (leases.claim(gone, stale)) {
          LOG.warn("runtime instance {} stopped renewing its lease; taking over", gone);
          recovery.recover(gone);
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("lease heartbeat failed, trying again: {}", e.toString());
    }
  }

  @Override
  public synchronized void stop() {
    if (heartbeat == null) {
      return;
    }
    heartbeat.shutdownNow();
    heartbeat = null;
    List<CallLeg> held = legs.all();
    if (!held.isEmpty()) {
      LOG.info("stopping: hanging up {} calls", held.size());
      CompletableFuture<?>[] hangups =
          held.stream()
              .map(leg -> lifecycle.hangupLocally(leg, HangupCause.FAILED))
              .toArray(CompletableFuture[]::new);
      try {
        CompletableFuture.allOf(hangups).get(5, TimeUnit.SECONDS);
      } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
        LOG.warn("some calls did not hang up in time: {}", e.toString());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    // A call that ended a moment ago may still have its hang-up in the journal's queue: store it
    // first, or recovery would find the record open and end it "failed".
    try {
      drainJournal.run();
    } catch (RuntimeException e) {
      LOG.warn("could not drain the call journal before stopping: {}", e.toString());
    }
    // records the journal could not write, and the process instances of every held call
    recovery.recover(instance.instanceId());
    leases.release(instance.instanceId());
  }

  @Override
  public synchronized boolean isRunning() {
    return heartbeat != null;
  }
}
