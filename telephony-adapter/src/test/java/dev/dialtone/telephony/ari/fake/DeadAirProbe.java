package dev.dialtone.telephony.ari.fake;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Dead air as the caller hears it: from the moment Asterisk told the application what it was
 * waiting for (a prompt finished, a key, the answer) to the application's next media or hang-up
 * command on that channel.
 */
final class DeadAirProbe {

  private final Map<String, Long> cues = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<Long> gaps = new ConcurrentLinkedQueue<>();

  void cue(String channelId) {
    cues.put(channelId, System.nanoTime());
  }

  void command(String channelId) {
    Long cue = cues.remove(channelId);
    if (cue != null) {
      gaps.add(System.nanoTime() - cue);
    }
  }

  void forget(String channelId) {
    cues.remove(channelId);
  }

  List<Long> gapsNanos() {
    return List.copyOf(gaps);
  }

  void reset() {
    cues.clear();
    gaps.clear();
  }
}
