package dev.dialtone.runtime.legs;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The live legs of this runtime, by call id and by channel id. */
public class CallLegRegistry {

  private final Map<UUID, CallLeg> byCall = new ConcurrentHashMap<>();
  private final Map<String, CallLeg> byChannel = new ConcurrentHashMap<>();

  public void add(CallLeg leg) {
    byCall.put(leg.callId(), leg);
    byChannel.put(leg.channelId(), leg);
  }

  public Optional<CallLeg> byCallId(UUID callId) {
    return Optional.ofNullable(byCall.get(callId));
  }

  public Optional<CallLeg> byChannelId(String channelId) {
    return Optional.ofNullable(byChannel.get(channelId));
  }

  public void remove(CallLeg leg) {
    byCall.remove(leg.callId(), leg);
    byChannel.remove(leg.channelId(), leg);
  }

  /** A snapshot of the live legs. */
  public List<CallLeg> all() {
    return List.copyOf(byCall.values());
  }

  public int size() {
    return byCall.size();
  }
}
