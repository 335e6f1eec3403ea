package dev.dialtone.runtime.dialing;

import dev.dialtone.runtime.calls.CallLifecycle;
import dev.dialtone.runtime.legs.CallLeg;
import dev.dialtone.telephony.HangupCause;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One caller ringing a destination tree: every dialed leg is chained to the caller's. The first
 * answer anywhere in the tree wins: the caller is bridged with it and every other leg, at every
 * level, is cancelled at once. Events of different legs arrive on different threads, hence one lock
 * per groupcall; commands to the telephony only start under it, they never wait.
 */
final class GroupCall {

  private static final Logger LOG = LoggerFactory.getLogger(GroupCall.class);

  /** Where the groupcall registers the legs it is about to dial, so their events find it. */
  interface Legs {
    void register(UUID callId, GroupCall call);

    void finished(GroupCall call);
  }

  private enum State {
    DIALING,
    BRIDGED,
    DONE
  }

  private final CallLeg master;
  private final CallLifecycle lifecycle;
  private final Legs registry;
  private final Map<UUID, Ringing> ringing = new LinkedHashMap<>();
  private final List<UUID> dialed = new ArrayList<>();
  private final CompletableFuture<DialResult> result = new CompletableFuture<>();
  private final CompletableFuture<DialTimings> timings = new CompletableFuture<>();
  private final Node root;
  private State state = State.DIALING;
  private CallLeg winner;
  private String bridgeId;
  // Over ARI the bridge takes a few round trips; an ending during them must wait for it.
  private CompletableFuture<Void> bridging = CompletableFuture.completedFuture(null);

  GroupCall(CallLeg master, DialTree.Group tree, CallLifecycle lifecycle, Legs registry) {
    this.master = master;
    this.lifecycle = lifecycle;
    this.registry = registry;
    this.root = node(tree, null, tree.timeout());
  }

  CallLeg master() {
    return master;
  }

  CompletableFuture<DialResult> result() {
    return result;
  }

  CompletableFuture<DialTimings> timings() {
    return timings;
  }

  synchronized void start() {
    root.start();
  }

  /** A chained leg answered: the first wins, any later one is cancelled like the rest. */
  synchronized void answered(CallLeg leg, long arrivedNanos) {
    Ringing target = ringing.get(leg.callId());
    if (target == null) {
      return;
    }
    target.answered = true;
    if (state != State.DIALING) {
      lifecycle.cancel(leg);
      return;
    }
    long answeredAt = arrivedNanos;
    state = State.BRIDGED;
    winner = leg;
    CompletableFuture<Void> losersGone = cancelAllBut(leg);
    bridging = bridge(leg);
    CompletableFuture<Long> bridged = bridging.thenApply(done -> System.nanoTime());
    bridged
        .thenCombine(
            losersGone.thenApply(done -> System.nanoTime()),
            (b, l) -> new DialTimings(answeredAt, b, l))
        .whenComplete(
            (t, error) -> {
              if (error == null) {
                timings.complete(t);
              } else {
                timings.completeExceptionally(error);
              }
            });
  }

  /** A leg ended: the caller's, the bridged one, or one still ringing. */
  synchronized void ended(CallLeg leg) {
    if (leg == master) {
      callerGone();
      return;
    }
    Ringing target = ringing.get(leg.callId());
    if (target == null) {
      return;
    }
    target.ended = true;
    if (leg == winner) {
      bridgeEnded();
    } else if (state == State.DIALING) {
      target.parent.exhausted(target);
    }
  }

  private void callerGone() {
    if (state == State.DONE) {
      return;
    }
    state = State.DONE;
    cancelAllBut(winner);
    if (winner != null) {
      lifecycle.hangupLocally(winner, HangupCause.NORMAL);
      destroyBridge();
    }
    finish(DialResult.Outcome.CALLER_HUNG_UP);
  }

  private void bridgeEnded() {
    if (state != State.BRIDGED) {
      return;
    }
    state = State.DONE;
    destroyBridge();
    finish(DialResult.Outcome.ANSWERED);
  }

  private void noAnswer() {
    state = State.DONE;
    finish(DialResult.Outcome.NO_ANSWER);
  }

  private void finish(DialResult.Outcome outcome) {
    registry.finished(this);
    if (winner == null) {
      timings.complete(null);
    } // else the bridge completes them, even when the call ends before it is built
    result.complete(
        new DialResult(
            outcome,
            outcome == DialResult.Outcome.ANSWERED ? winner.callId() : null,
            List.copyOf(dialed)));
  }

  private CompletableFuture<Void> cancelAllBut(CallLeg keep) {
    List<CompletableFuture<Void>> cancels = new ArrayList<>();
    for (Ringing target : ringing.values()) {
      if (target.leg != keep && !target.ended) {
        target.ended = true;
        cancels.add(
            target.answered
                ? lifecycle.hangupLocally(target.leg, HangupCause.NORMAL)
                : lifecycle.cancel(target.leg));
      }
    }
    return CompletableFuture.allOf(cancels.toArray(CompletableFuture[]::new));
  }

  private CompletableFuture<Void> bridge(CallLeg leg) {
    bridgeId = "dialtone-bridge-" + UUID.randomUUID();
    var telephony = master.telephony();
    return telephony
        .createBridge(bridgeId)
        .thenCompose(done -> telephony.addToBridge(bridgeId, master.channelId()))
        .thenCompose(done -> telephony.addToBridge(bridgeId, leg.channelId()))
        .whenComplete(
            (done, error) -> {
              if (error == null) {
                lifecycle.bridged(master, leg);
              } else {
                // The caller (or the answerer) went while we bridged; its own ending follows.
                LOG.info(
                    "could not bridge call {} with {}: {}",
                    master.callId(),
                    leg.callId(),
                    error.toString());
              }
            });
  }

  /**
   * Destroys the bridge once it is built: a destroy sent while it is still being created would find
   * nothing, and the bridge created after it would be left on the telephony.
   */
  private void destroyBridge() {
    if (bridgeId != null) {
      String id = bridgeId;
      bridging.whenComplete((done, error) -> master.telephony().destroyBridge(id));
    }
  }

  private Node node(DialTree tree, GroupNode parent, Duration timeout) {
    return switch (tree) {
      case DialTree.Target target -> new Ringing(target, parent, timeout);
      case DialTree.Group group -> {
        GroupNode node = new GroupNode(group, parent);
        for (DialTree member : group.members()) {
          node.members.add(node(member, node, group.timeout()));
        }
        yield node;
      }
    };
  }

  /** A part of the tree: it rings, and tells its parent once nobody in it can answer any more. */
  private abstract class Node {
    final GroupNode parent;

    Node(GroupNode parent) {
      this.parent = parent;
    }

    abstract void start();
  }

  private final class GroupNode extends Node {
    final DialTree.Group group;
    final List<Node> members = new ArrayList<>();
    int next;
    int exhausted;

    GroupNode(DialTree.Group group, GroupNode parent) {
      super(parent);
      this.group = group;
    }

    @Override
    void start() {
      switch (group.method()) {
        case RING_ALL -> members.forEach(Node::start);
        case LINEAR -> members.get(next++).start();
      }
    }

    void exhausted(Node member) {
      if (state != State.DIALING) {
        return;
      }
      exhausted++;
      boolean more =
          switch (group.method()) {
            case RING_ALL -> exhausted < members.size();
            case LINEAR -> next < members.size();
          };
      if (!more) {
        if (parent == null) {
          noAnswer();
        } else {
          parent.exhausted(this);
        }
      } else if (group.method() == dev.dialtone.runtime.groups.RingMethod.LINEAR) {
        members.get(next++).start();
      }
    }
  }

  /** One destination: a chained leg once started. */
  private final class Ringing extends Node {
    final DialTree.Target target;
    final Duration timeout;
    CallLeg leg;
    boolean answered;
    boolean ended;

    Ringing(DialTree.Target target, GroupNode parent, Duration timeout) {
      super(parent);
      this.target = target;
      this.timeout = timeout;
    }

    @Override
    void start() {
      if (state != State.DIALING || master.isGone()) {
        return;
      }
      UUID callId = UUID.randomUUID();
      // Known before it is dialed, so even its first event finds this groupcall.
      ringing.put(callId, this);
      dialed.add(callId);
      registry.register(callId, GroupCall.this);
      leg = lifecycle.dialChained(master, callId, target.destination(), target.callerId(), timeout);
    }
  }
}
