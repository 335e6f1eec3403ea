package dev.dialtone.telephony.ari.fake;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Mixing bridges on the fake Asterisk. */
final class FakeBridges {

  private final Map<String, List<String>> bridges = new ConcurrentHashMap<>();

  Reply create(String id) {
    bridges.putIfAbsent(id, new CopyOnWriteArrayList<>());
    return Reply.json(200, AriJson.bridge(id));
  }

  Reply add(String bridgeId, FakeChannel channel) {
    List<String> members = bridges.get(bridgeId);
    if (members == null) {
      return Reply.notFound("Bridge");
    }
    members.add(channel.id());
    return Reply.noContent();
  }

  Reply remove(String bridgeId, FakeChannel channel) {
    List<String> members = bridges.get(bridgeId);
    if (members == null) {
      return Reply.notFound("Bridge");
    }
    if (!members.remove(channel.id())) {
      return Reply.json(422, AriJson.error("Channel not in this bridge"));
    }
    return Reply.noContent();
  }

  Reply destroy(String id) {
    return bridges.remove(id) == null ? Reply.notFound("Bridge") : Reply.noContent();
  }

  List<String> members(String id) {
    return List.copyOf(bridges.getOrDefault(id, List.of()));
  }
}
