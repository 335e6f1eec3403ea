package dev.dialtone.telephony.ari.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The behaviour of Asterisk 22 behind ARI, as far as Dialtone uses it: channels (inbound in Ring,
 * originated ones through their far end), playbacks, recordings, bridges, and the events Asterisk
 * emits for each, in Asterisk's order. Commands on one channel run one after another.
 */
final class FakeAsterisk implements AutoCloseable {

  private final String app;
  private final Consumer<String> events;
  final ScheduledExecutorService clock =
      Executors.newScheduledThreadPool(
          2, r -> Thread.ofPlatform().name("fake-asterisk-clock").daemon().unstarted(r));
  private final Map<String, FakeChannel> channels = new ConcurrentHashMap<>();
  private final Map<String, FarEnd> farEnds = new ConcurrentHashMap<>();
  private final Map<String, byte[]> storedRecordings = new ConcurrentHashMap<>();
  private final Map<String, List<String>> bridges = new ConcurrentHashMap<>();
  final List<String> commandLog = new CopyOnWriteArrayList<>();
  final DeadAirProbe deadAir = new DeadAirProbe();
  final Map<String, List<String>> played = new ConcurrentHashMap<>();
  private final AtomicInteger ids = new AtomicInteger();
  volatile Function<String, Duration> promptLength = media -> Duration.ofMillis(300);

  FakeAsterisk(String app, Consumer<String> events) {
    this.app = app;
    this.events = events;
  }

  // ---- what callers do -------------------------------------------------------------------

  String incoming(String from, String exten, List<String> args) {
    String id = "in-" + ids.incrementAndGet();
    FakeChannel channel =
        new FakeChannel(id, "PJSIP/caller-" + id, "Ring", from, "from-trunk", exten, null);
    channels.put(id, channel);
    channel.commands.execute(
        () -> {
          channel.inStasis = true;
          ObjectNode start = AriJson.event("StasisStart", app);
          args.forEach(start.putArray("args")::add);
          start.set("channel", AriJson.channel(channel));
          emit(start);
        });
    return id;
  }

  void pressKeys(String channelId, String keys) {
    FakeChannel channel = channels.get(channelId);
    if (channel == null) {
      throw new IllegalStateException("no channel " + channelId);
    }
    channel.commands.execute(
        () -> {
          for (char key : keys.toCharArray()) {
            if (channel.gone) {
              return;
            }
            ObjectNode dtmf = AriJson.event("ChannelDtmfReceived", app);
            dtmf.put("digit", String.valueOf(key));
            dtmf.put("duration_ms", 100);
            dtmf.set("channel", AriJson.channel(channel));
            deadAir.cue(channel.id());
            emit(dtmf);
            if (channel.recordingName != null && recordingTerminators(channel).indexOf(key) >= 0) {
              finishRecording(channel, "done");
            }
          }
        });
  }

  void pressKeysAfter(String channelId, Duration delay, String keys) {
    clock.schedule(() -> pressKeys(channelId, keys), delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  void hangUpByCaller(String channelId, int cause) {
    FakeChannel channel = channels.get(channelId);
    if (channel != null) {
      channel.commands.execute(() -> hangUp(channel, cause, false));
    }
  }

  void farEnd(String endpoint, FarEnd behaviour) {
    farEnds.put(endpoint, behaviour);
  }

  Optional<FakeChannel> channel(String id) {
    return Optional.ofNullable(channels.get(id));
  }

  List<FakeChannel> liveChannels() {
    return channels.values().stream().filter(c -> !c.gone).toList();
  }

  // ---- ARI commands ----------------------------------------------------------------------

  Reply answer(FakeChannel channel) {
    if (channel.state().equals("Up")) {
      return Reply.noContent();
    }
    channel.state("Up");
    deadAir.cue(channel.id());
    emitChannel("ChannelStateChange", channel);
    return Reply.noContent();
  }

  Reply play(FakeChannel channel, String media, String playbackId) {
    String id = playbackId == null ? "pb-" + ids.incrementAndGet() : playbackId;
    deadAir.command(channel.id());
    played.computeIfAbsent(channel.id(), k -> new CopyOnWriteArrayList<>()).add(media);
    channel.playingId = id;
    ObjectNode started = AriJson.event("PlaybackStarted", app);
    started.set("playback", AriJson.playback(id, media, channel.id(), "playing"));
    emit(started);
    long millis = promptLength.apply(media).toMillis();
    clock.schedule(
        () -> channel.commands.execute(() -> finishPlayback(channel, id, media)),
        millis,
        TimeUnit.MILLISECONDS);
    if (channel.hangUpDuringPrompt) {
      clock.schedule(
          () -> channel.commands.execute(() -> hangUp(channel, 16, false)),
          millis / 3,
          TimeUnit.MILLISECONDS);
    }
    String keys = channel.keysDuringPrompt;
    if (keys != null) {
      channel.keysDuringPrompt = null;
      pressKeysAfter(channel.id(), Duration.ofMillis(millis / 3), keys);
    }
    return Reply.json(201, AriJson.playback(id, media, channel.id(), "queued"));
  }

  private void finishPlayback(FakeChannel channel, String id, String media) {
    if (!id.equals(channel.playingId)) {
      return; // stopped already
    }
    channel.playingId = null;
    if (!media.equals("stopped")) {
      deadAir.cue(channel.id());
      String keys = channel.keysAfterPrompt;
      if (keys != null) {
        channel.keysAfterPrompt = null;
        pressKeysAfter(channel.id(), channel.keysAfterPromptDelay, keys);
      }
    }
    ObjectNode finished = AriJson.event("PlaybackFinished", app);
    finished.set("playback", AriJson.playback(id, media, channel.id(), "done"));
    emit(finished);
  }

  Reply stopPlayback(String playbackId) {
    for (FakeChannel channel : channels.values()) {
      if (playbackId.equals(channel.playingId)) {
        channel.commands.execute(() -> finishPlayback(channel, playbackId, "stopped"));
        return Reply.noContent();
      }
    }
    return Reply.notFound("Playback");
  }

  Reply hangupCommand(FakeChannel channel, String reason) {
    int cause =
        switch (reason == null ? "normal" : reason) {
          case "busy" -> 17;
          case "no_answer" -> 19;
          case "congestion" -> 34;
          default -> 16;
        };
    deadAir.command(channel.id());
    hangUp(channel, cause, true);
    return Reply.noContent();
  }

  /**
   * Asterisk's order: ChannelHangupRequest, StasisEnd, then what was playing ends with
   * PlaybackFinished (after the hang-up), recordings finish, ChannelDestroyed.
   */
  private void hangUp(FakeChannel channel, int cause, boolean soft) {
    if (channel.gone) {
      return;
    }
    channel.gone = true;
    ObjectNode request = AriJson.event("ChannelHangupRequest", app);
    request.put("cause", cause);
    if (soft) {
      request.put("soft", true);
    }
    request.set("channel", AriJson.channel(channel));
    emit(request);
    if (channel.inStasis) {
      emitChannel("StasisEnd", channel);
    }
    String playing = channel.playingId;
    if (playing != null) {
      channel.playingId = null;
      ObjectNode finished = AriJson.event("PlaybackFinished", app);
      finished.set("playback", AriJson.playback(playing, "", channel.id(), "done"));
      emit(finished);
    }
    if (channel.recordingName != null) {
      finishRecording(channel, "done");
    }
    channel.state("Down");
    ObjectNode destroyed = AriJson.event("ChannelDestroyed", app);
    destroyed.put("cause", cause);
    destroyed.put("cause_txt", cause == 17 ? "User busy" : "Normal Clearing");
    destroyed.set("channel", AriJson.channel(channel));
    emit(destroyed);
    channels.remove(channel.id());
    deadAir.forget(channel.id());
    channel.commands.shutdown();
  }

  // ---- originate -------------------------------------------------------------------------

  Reply originate(Map<String, String> params) {
    String endpoint = params.getOrDefault("endpoint", "");
    String id = params.getOrDefault("channelId", "out-" + ids.incrementAndGet());
    if (channels.containsKey(id)) {
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
    channels.put(id, channel);
    commandLog.add("originate " + endpoint + " " + id);
    int timeoutSeconds = Integer.parseInt(params.getOrDefault("timeout", "30"));
    List<String> args =
        params.containsKey("appArgs") ? List.of(params.get("appArgs").split(",")) : List.of();
    channel.commands.execute(() -> dial(channel, local, args, timeoutSeconds));
    return Reply.json(200, AriJson.channel(channel));
  }

  private void dial(FakeChannel channel, boolean local, List<String> args, int timeoutSeconds) {
    emitDial(channel, "");
    if (local) {
      // a Local channel is answered as soon as its other half runs the dialplan
      ObjectNode dialplan = AriJson.event("ChannelDialplan", app);
      dialplan.put("dialplan_app", "AppDial2");
      dialplan.put("dialplan_app_data", "(Outgoing Line)");
      dialplan.set("channel", AriJson.channel(channel));
      emit(dialplan);
    } else {
      channel.state("Ringing");
      emitChannel("ChannelStateChange", channel);
      emitDial(channel, "RINGING");
    }
    switch (channel.farEnd) {
      case FarEnd.Answers answers ->
          later(channel, local ? Duration.ZERO : answers.after(), () -> answered(channel, args));
      case FarEnd.Busy busy -> later(channel, busy.after(), () -> failDial(channel, 17, "BUSY"));
      case FarEnd.NeverAnswers never ->
          later(
              channel, Duration.ofSeconds(timeoutSeconds), () -> failDial(channel, 19, "NOANSWER"));
    }
  }

  private void answered(FakeChannel channel, List<String> args) {
    if (channel.gone) {
      return;
    }
    channel.state("Up");
    emitChannel("ChannelStateChange", channel);
    emitDial(channel, "ANSWER");
    channel.inStasis = true;
    ObjectNode start = AriJson.event("StasisStart", app);
    args.forEach(start.putArray("args")::add);
    start.set("channel", AriJson.channel(channel));
    emit(start);
  }

  private void failDial(FakeChannel channel, int cause, String status) {
    if (channel.gone) {
      return;
    }
    emitDial(channel, status);
    hangUp(channel, cause, false);
  }

  private void emitDial(FakeChannel channel, String status) {
    ObjectNode dial = AriJson.event("Dial", app);
    dial.put("dialstatus", status);
    dial.put("dialstring", channel.exten());
    dial.set("peer", AriJson.channel(channel));
    emit(dial);
  }

  private void later(FakeChannel channel, Duration delay, Runnable step) {
    clock.schedule(
        () -> {
          if (!channel.gone) {
            channel.commands.execute(step);
          }
        },
        delay.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  // ---- recordings ------------------------------------------------------------------------

  private final Map<String, String> terminators = new ConcurrentHashMap<>();
  private final Map<String, Long> recordingStarts = new ConcurrentHashMap<>();

  Reply record(FakeChannel channel, Map<String, String> params) {
    String name = params.get("name");
    channel.recordingName = name;
    terminators.put(name, params.getOrDefault("terminateOn", "none"));
    recordingStarts.put(name, System.nanoTime());
    ObjectNode started = AriJson.event("RecordingStarted", app);
    started.set("recording", AriJson.recording(name, channel.id(), "recording", 0, null));
    emit(started);
    int max = Integer.parseInt(params.getOrDefault("maxDurationSeconds", "0"));
    int silence = Integer.parseInt(params.getOrDefault("maxSilenceSeconds", "0"));
    int first = silence > 0 && (max == 0 || silence < max) ? silence : max;
    if (first > 0) {
      later(
          channel,
          Duration.ofSeconds(first),
          () -> {
            if (name.equals(channel.recordingName)) {
              finishRecording(channel, "done");
            }
          });
    }
    return Reply.json(201, AriJson.recording(name, channel.id(), "queued", 0, null));
  }

  private String recordingTerminators(FakeChannel channel) {
    String keys = terminators.getOrDefault(channel.recordingName, "none");
    return switch (keys) {
      case "none" -> "";
      case "any" -> "0123456789*#ABCD";
      default -> keys;
    };
  }

  Reply stopRecording(String name) {
    for (FakeChannel channel : channels.values()) {
      if (name.equals(channel.recordingName)) {
        channel.commands.execute(() -> finishRecording(channel, "done"));
        return Reply.noContent();
      }
    }
    return Reply.notFound("Recording");
  }

  private void finishRecording(FakeChannel channel, String state) {
    String name = channel.recordingName;
    if (name == null) {
      return;
    }
    channel.recordingName = null;
    long started = recordingStarts.remove(name);
    int seconds = (int) TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
    storedRecordings.put(name, FakeWav.silence(Duration.ofSeconds(Math.max(seconds, 1))));
    ObjectNode finished = AriJson.event("RecordingFinished", app);
    finished.set("recording", AriJson.recording(name, channel.id(), state, seconds, null));
    emit(finished);
  }

  Reply storedFile(String name) {
    byte[] wav = storedRecordings.get(name);
    return wav == null ? Reply.notFound("Recording") : Reply.bytes("audio/wav", wav);
  }

  Reply deleteStored(String name) {
    return storedRecordings.remove(name) == null ? Reply.notFound("Recording") : Reply.noContent();
  }

  // ---- bridges ---------------------------------------------------------------------------

  Reply createBridge(String id) {
    bridges.putIfAbsent(id, new CopyOnWriteArrayList<>());
    return Reply.json(200, AriJson.bridge(id));
  }

  Reply addToBridge(String bridgeId, FakeChannel channel) {
    List<String> members = bridges.get(bridgeId);
    if (members == null) {
      return Reply.notFound("Bridge");
    }
    members.add(channel.id());
    return Reply.noContent();
  }

  Reply removeFromBridge(String bridgeId, FakeChannel channel) {
    List<String> members = bridges.get(bridgeId);
    if (members == null) {
      return Reply.notFound("Bridge");
    }
    if (!members.remove(channel.id())) {
      return Reply.json(422, AriJson.error("Channel not in this bridge"));
    }
    return Reply.noContent();
  }

  Reply destroyBridge(String id) {
    return bridges.remove(id) == null ? Reply.notFound("Bridge") : Reply.noContent();
  }

  List<String> bridgeMembers(String id) {
    return List.copyOf(bridges.getOrDefault(id, List.of()));
  }

  // ---- events ----------------------------------------------------------------------------

  private void emitChannel(String type, FakeChannel channel) {
    ObjectNode event = AriJson.event(type, app);
    event.set("channel", AriJson.channel(channel));
    emit(event);
  }

  private void emit(ObjectNode event) {
    events.accept(event.toString());
  }

  @Override
  public void close() {
    clock.shutdownNow();
    channels.values().forEach(c -> c.commands.shutdownNow());
  }
}
