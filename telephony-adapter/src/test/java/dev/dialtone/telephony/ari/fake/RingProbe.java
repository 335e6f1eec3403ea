package dev.dialtone.telephony.ari.fake;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * How long inbound callers ring: from the moment their channel entered the application
 * (StasisStart) to the application's answer. A runtime that holds calls back before answering them
 * (its setup gate) shows here, where a caller hears ringing rather than silence.
 */
final class RingProbe {

  private final Map<String, Long> ringingSince = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<Long> rings = new ConcurrentLinkedQueue<>();

  void entered(String channelId) {
    ringingSince.put(channelId, System.nanoTime());
  }

  void answered(String channelId) {
    Long since = ringingSince.remove(channelId);
    if (since != null) {
      rings.add(System.nanoTime() - since);
    }
  }

  void forget(String channelId) {
    ringingSince.remove(channelId);
  }

  List<Long> ringNanos() {
    return List.copyOf(rings);
  }

  void reset() {
    ringingSince.clear();
    rings.clear();
  }
}
