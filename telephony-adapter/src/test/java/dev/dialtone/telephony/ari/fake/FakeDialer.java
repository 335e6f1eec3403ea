package dev.dialtone.telephony.ari.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Originated channels on the fake Asterisk, as Asterisk 22 reports them: a Local channel enters the
 * application already up after Dial and ChannelDialplan; other endpoints ring through their
 * scripted far end and enter it when answered.
 */
final class FakeDialer {

  private final String app;
  private final FakeAsterisk asterisk;
  private final Map<String, FarEnd> farEnds = new ConcurrentHashMap<>();

  FakeDialer(String app, FakeAsterisk asterisk) {
    this.app = app;
    this.asterisk = asterisk;
  }

  void farEnd(String endpoint, FarEnd behaviour) {
    farEnds.put(endpoint, behaviour);
  }

  Reply originate(Map<String, String> params) {
    String endpoint = params.getOrDefault("endpoint", "");
    String id = params.getOrDefault("channelId", "out-" + asterisk.ids.incrementAndGet());
    if (asterisk.channels.containsKey(id)) {
      return Reply.json(409, AriJson.error("Channel with given unique ID already exists"));
    }
    boolean local = endpoint.startsWith("Local/");
    FarEnd farEnd = farEnds.getOrDefault(endpoint, FarEnd.answersAfter(Duration.ofMillis(50)));
    String exten = endpoint.replaceFirst("^[^/]*/", "").replaceFirst("@.*$", "");
    FakeChannel channel =
        new FakeChannel(
            id,
            endpoint + (local ? "-00000001;1" : "-00000001"),
            "Down",
            params.getOrDefault("callerId", ""),
            "default",
            exten,
            farEnd);
    asterisk.channels.put(id, channel);
    asterisk.commandLog.add("originate " + endpoint + " " + id);
    int timeoutSeconds = Integer.parseInt(params.getOrDefault("timeout", "30"));
    List<String> args =
        params.containsKey("appArgs") ? List.of(params.get("appArgs").split(",")) : List.of();
    channel.commands.execute(() -> dial(channel, local, args, timeoutSeconds));
    return Reply.json(200, AriJson.channel(channel));
  }

  private void dial(FakeChannel channel, boolean local, List<String> args, int timeoutSeconds) {
    emitDial(channel, "");
    if (channel.farEnd instanceof FarEnd.Unreachable) {
      // refused before anything rings
      failDial(channel, local, 1, "CHANUNAVAIL");
      return;
    }
    if (local) {
      // a Local channel is answered as soon as its other half runs the dialplan
      ObjectNode dialplan = AriJson.event("ChannelDialplan", app);
      dialplan.put("dialplan_app", "AppDial2");
      dialplan.put("dialplan_app_data", "(Outgoing Line)");
      dialplan.set("channel", AriJson.channel(channel));
      asterisk.emit(dialplan);
    } else {
      channel.state("Ringing");
      asterisk.emitChannel("ChannelStateChange", channel);
      emitDial(channel, "RINGING");
    }
    switch (channel.farEnd) {
      case FarEnd.Answers answers ->
          asterisk.later(
              channel, local ? Duration.ZERO : answers.after(), () -> answered(channel, args));
      case FarEnd.Busy busy ->
          asterisk.later(channel, busy.after(), () -> failDial(channel, local, 17, "BUSY"));
      case FarEnd.NeverAnswers never ->
          asterisk.later(
              channel,
              Duration.ofSeconds(timeoutSeconds),
              () -> failDial(channel, local, 19, "NOANSWER"));
      case FarEnd.Unreachable unreachable -> {} // refused above, before anything rang
    }
  }

  private void answered(FakeChannel channel, List<String> args) {
    if (channel.gone) {
      return;
    }
    channel.state("Up");
    asterisk.emitChannel("ChannelStateChange", channel);
    emitDial(channel, "ANSWER");
    channel.inStasis = true;
    ObjectNode start = AriJson.event("StasisStart", app);
    args.forEach(start.putArray("args")::add);
    start.set("channel", AriJson.channel(channel));
    asterisk.emit(start);
  }

  /**
   * A trunk channel ends with the far end's Q.850 cause. A Local channel whose other half refuses
   * (Busy() in the dialplan) is destroyed at once with cause 0, without a hang-up request, as
   * Asterisk 22 does: only the Dial event's status says busy.
   */
  private void failDial(FakeChannel channel, boolean local, int cause, String status) {
    if (channel.gone) {
      return;
    }
    emitDial(channel, status);
    if (local) {
      asterisk.destroyUnanswered(channel);
    } else {
      asterisk.hangUp(channel, cause, false);
    }
  }

  private void emitDial(FakeChannel channel, String status) {
    ObjectNode dial = AriJson.event("Dial", app);
    dial.put("dialstatus", status);
    dial.put("dialstring", channel.exten());
    dial.set("peer", AriJson.channel(channel));
    asterisk.emit(dial);
  }
}
