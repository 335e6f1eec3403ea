package dev.dialtone.runtime.scenarios;

import dev.dialtone.runtime.calls.CallEvent;
import dev.dialtone.runtime.calls.CallEventType;
import dev.dialtone.runtime.calls.CallStatus;
import dev.dialtone.runtime.calls.CallStep;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What one call did, as the call journal reports it: the nodes it ran, what the caller heard and
 * pressed, and whether it has ended. Scenario steps wait on it for the call to reach a node.
 */
final class CallFacts {

  private final List<CallStep> steps = new ArrayList<>();
  private final List<CallEvent> events = new ArrayList<>();
  private boolean ended;

  synchronized void step(CallStep step) {
    steps.add(step);
    notifyAll();
  }

  synchronized void event(CallEvent event) {
    events.add(event);
    notifyAll();
  }

  synchronized void status(CallStatus status) {
    if (status == CallStatus.HANGUP) {
      ended = true;
      notifyAll();
    }
  }

  /** A node start the caller can anchor a step to: its index in the trace and when it began. */
  record NodeStart(int index, Instant at) {}

  /**
   * Waits until node {@code nodeId} starts — its {@code visit}-th start, or with visit 0 its first
   * start at trace index {@code from} or later — or the call ends, or the deadline passes.
   */
  synchronized Optional<NodeStart> awaitNode(String nodeId, int visit, int from, long deadlineNanos)
      throws InterruptedException {
    while (true) {
      Optional<NodeStart> found = findStart(nodeId, visit, from);
      if (found.isPresent() || ended) {
        return found;
      }
      long left = deadlineNanos - System.nanoTime();
      if (left <= 0) {
        return Optional.empty();
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }

  /** Waits for the end of the call; false if the deadline passed first. */
  synchronized boolean awaitEnd(long deadlineNanos) throws InterruptedException {
    while (!ended) {
      long left = deadlineNanos - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return true;
  }

  synchronized boolean ended() {
    return ended;
  }

  /** The nodes run, in order. */
  synchronized List<CallStep> path() {
    List<CallStep> ordered = new ArrayList<>(steps);
    ordered.sort(Comparator.comparingInt(CallStep::seq));
    return ordered;
  }

  /** What the caller heard (talk and play lines), in order. */
  synchronized List<CallEvent> heard() {
    return events().stream()
        .filter(e -> e.type() == CallEventType.TALK || e.type() == CallEventType.PLAY)
        .toList();
  }

  /** Everything in the transcript, in order. */
  synchronized List<CallEvent> events() {
    List<CallEvent> ordered = new ArrayList<>(events);
    ordered.sort(Comparator.comparingInt(CallEvent::seq));
    return ordered;
  }

  /** Who hung up: a caller's hang-up is the transcript's hang-up line that says "caller". */
  synchronized String hangupBy() {
    if (!ended) {
      return null;
    }
    return events.stream()
            .anyMatch(e -> e.type() == CallEventType.HANGUP && "caller".equals(e.content()))
        ? "remote"
        : "local";
  }

  private Optional<NodeStart> findStart(String nodeId, int visit, int from) {
    List<CallStep> ordered = path();
    int seen = 0;
    for (int i = 0; i < ordered.size(); i++) {
      if (!ordered.get(i).nodeId().equals(nodeId)) {
        continue;
      }
      seen++;
      if (visit > 0 ? seen == visit : i >= from) {
        return Optional.of(new NodeStart(i, ordered.get(i).startedAt()));
      }
    }
    return Optional.empty();
  }
}
