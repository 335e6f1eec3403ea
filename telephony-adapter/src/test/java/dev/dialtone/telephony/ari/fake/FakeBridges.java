package dev.dialtone.telephony.ari.fake;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Mixing bridges on the fake Asterisk; what is done to them goes into the command log. */
final class FakeBridges {

  private final Map<String, List<String>> bridges = new ConcurrentHashMap<>();
  private final Consumer<String> log;

  FakeBridges(Consumer<String> log) {
    this.log = log;
  }

  Reply create(String id) {
    log.accept("bridge " + id + " create");
    bridges.putIfAbsent(id, new CopyOnWriteArrayList<>());
    return Reply.json(200, AriJson.bridge(id));
  }

  Reply add(String bridgeId, FakeChannel channel) {
    List<String> members = bridges.get(bridgeId);
    if (members == null) {
      return Reply.notFound("Bridge");
    }
    log.accept("bridge " + bridgeId + " add " + channel.id());
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
    log.accept("bridge " + bridgeId + " remove " + channel.id());
    return Reply.noContent();
  }

  Reply destroy(String id) {
    if (bridges.remove(id) == null) {
      return Reply.notFound("Bridge");
    }
    log.accept("bridge " + id + " destroy");
    return Reply.noContent();
  }

  /** A channel that hangs up leaves its bridge, as in Asterisk. */
  void leave(String channelId) {
    bridges.values().forEach(members -> members.remove(channelId));
  }

  List<String> members(String id) {
    return List.copyOf(bridges.getOrDefault(id, List.of()));
  }
}
