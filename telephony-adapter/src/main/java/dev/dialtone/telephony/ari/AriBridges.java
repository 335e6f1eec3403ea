package dev.dialtone.telephony.ari;

import ch.loway.oss.ari4java.generated.models.Bridge;
import java.util.concurrent.CompletableFuture;

/** Mixing bridges, with the ids the runtime chose. */
final class AriBridges {

  private final Commands commands;

  AriBridges(Commands commands) {
    this.commands = commands;
  }

  CompletableFuture<Void> create(String bridgeId) {
    return commands
        .<Bridge>other(
            bridgeId,
            "create bridge",
            ari -> ari.bridges().create().setBridgeId(bridgeId).setType("mixing").execute())
        .thenApply(bridge -> null);
  }

  CompletableFuture<Void> add(String bridgeId, String channelId) {
    return commands.onChannel(
        channelId,
        "add to bridge",
        ari -> {
          ari.bridges().addChannel(bridgeId, channelId).execute();
          return null;
        });
  }

  CompletableFuture<Void> remove(String bridgeId, String channelId) {
    return commands.onChannel(
        channelId,
        "remove from bridge",
        ari -> {
          ari.bridges().removeChannel(bridgeId, channelId).execute();
          return null;
        });
  }

  CompletableFuture<Void> destroy(String bridgeId) {
    return Commands.goneIsDone(
        commands.other(
            bridgeId,
            "destroy bridge",
            ari -> {
              ari.bridges().destroy(bridgeId).execute();
              return null;
            }));
  }
}
