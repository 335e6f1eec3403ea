package dev.dialtone.telephony.ari.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Dead air as the caller hears it: from the moment Asterisk told the application what it was
 * waiting for (a prompt finished, a key, the answer) to the application's next media or hang-up
 * command on that channel. Each gap is also kept under its kind ({@code key → play}), so that a
 * slow step shows which transition it is.
 */
final class DeadAirProbe {

  /** What the caller's silence started with. */
  enum Cue {
    ANSWER("answer"),
    KEY("key"),
    PROMPT_END("prompt end");

    private final String label;

    Cue(String label) {
      this.label = label;
    }
  }

  private record Pending(long since, Cue cue) {}

  private final Map<String, Pending> cues = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<Long> gaps = new ConcurrentLinkedQueue<>();
  private final Map<String, ConcurrentLinkedQueue<Long>> byKind = new ConcurrentHashMap<>();

  void cue(String channelId, Cue cue) {
    cues.put(channelId, new Pending(System.nanoTime(), cue));
  }

  void command(String channelId, String command) {
    Pending pending = cues.remove(channelId);
    if (pending != null) {
      long gap = System.nanoTime() - pending.since();
      gaps.add(gap);
      byKind
          .computeIfAbsent(
              pending.cue().label + " → " + command, k -> new ConcurrentLinkedQueue<>())
          .add(gap);
    }
  }

  void forget(String channelId) {
    cues.remove(channelId);
  }

  List<Long> gapsNanos() {
    return List.copyOf(gaps);
  }

  /** The gaps by kind, e.g. {@code "key → play"}, sorted by kind. */
  Map<String, List<Long>> gapsByKind() {
    Map<String, List<Long>> copy = new TreeMap<>();
    byKind.forEach((kind, values) -> copy.put(kind, new ArrayList<>(values)));
    return copy;
  }

  void reset() {
    cues.clear();
    gaps.clear();
    byKind.clear();
  }
}
