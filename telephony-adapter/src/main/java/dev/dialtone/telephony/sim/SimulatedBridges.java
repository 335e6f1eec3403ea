package dev.dialtone.telephony.sim;

import dev.dialtone.telephony.ChannelGoneException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** Bridges on the simulated telephony: which channels are in which bridge. */
final class SimulatedBridges {

  private final Map<String, Set<String>> members = new ConcurrentHashMap<>();
  private final Predicate<String> live;

  SimulatedBridges(Predicate<String> live) {
    this.live = live;
  }

  CompletableFuture<Void> create(String bridgeId) {
    if (members.putIfAbsent(bridgeId, ConcurrentHashMap.newKeySet()) != null) {
      return CompletableFuture.failedFuture(
          new IllegalArgumentException("bridge " + bridgeId + " exists"));
    }
    return CompletableFuture.completedFuture(null);
  }

  CompletableFuture<Void> add(String bridgeId, String channelId) {
    Set<String> bridge = members.get(bridgeId);
    if (bridge == null) {
      return CompletableFuture.failedFuture(new IllegalArgumentException("no bridge " + bridgeId));
    }
    if (!live.test(channelId)) {
      return CompletableFuture.failedFuture(new ChannelGoneException(channelId));
    }
    members.values().forEach(other -> other.remove(channelId));
    bridge.add(channelId);
    return CompletableFuture.completedFuture(null);
  }

  CompletableFuture<Void> remove(String bridgeId, String channelId) {
    Set<String> bridge = members.get(bridgeId);
    if (bridge != null) {
      bridge.remove(channelId);
    }
    return CompletableFuture.completedFuture(null);
  }

  CompletableFuture<Void> destroy(String bridgeId) {
    members.remove(bridgeId);
    return CompletableFuture.completedFuture(null);
  }

  void channelGone(String channelId) {
    members.values().forEach(bridge -> bridge.remove(channelId));
  }

  Set<String> membersOf(String bridgeId) {
    Set<String> bridge = members.get(bridgeId);
    return bridge == null ? Set.of() : Set.copyOf(bridge);
  }
}
