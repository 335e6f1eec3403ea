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
  final Map<String, FakeChannel> channels = new ConcurrentHashMap<>();
  final List<String> commandLog = new CopyOnWriteArrayList<>();
  final DeadAirProbe deadAir = new DeadAirProbe();
  final RingProbe ringing = new RingProbe();
  final FakeBridges bridges = new FakeBridges(commandLog::add);
  final FakeGate bridgeCreations = new FakeGate();
  final FakeRecorder recorder;
  private final FakeDialer dialer;
  final Map<String, List<String>> played = new ConcurrentHashMap<>();
  final AtomicInteger ids = new AtomicInteger();
  volatile Function<String, Duration> promptLength = media -> Duration.ofMillis(300);

  FakeAsterisk(String app, Consumer<String> events) {
    this.app = app;
    this.events = events;
    this.recorder = new FakeRecorder(app, this, this::emit, channels::values);
    this.dialer = new FakeDialer(app, this);
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
          ringing.entered(channel.id());
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
            deadAir.cue(channel.id(), DeadAirProbe.Cue.KEY);
            emit(dtmf);
            if (channel.recordingName != null && recorder.terminators(channel).indexOf(key) >= 0) {
              recorder.finish(channel, "done");
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
    dialer.farEnd(endpoint, behaviour);
  }

  Reply originate(Map<String, String> params) {
    return dialer.originate(params);
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
    ringing.answered(channel.id());
    deadAir.cue(channel.id(), DeadAirProbe.Cue.ANSWER);
    emitChannel("ChannelStateChange", channel);
    return Reply.noContent();
  }

  Reply play(FakeChannel channel, String media, String playbackId) {
    String id = playbackId == null ? "pb-" + ids.incrementAndGet() : playbackId;
    deadAir.command(channel.id(), "play");
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
      deadAir.cue(channel.id(), DeadAirProbe.Cue.PROMPT_END);
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
    commandLog.add("hangup " + channel.id() + " " + (reason == null ? "normal" : reason));
    deadAir.command(channel.id(), "hang-up");
    hangUp(channel, cause, true);
    return Reply.noContent();
  }

  /**
   * Asterisk's order: ChannelHangupRequest, StasisEnd, then what was playing ends with
   * PlaybackFinished (after the hang-up), recordings finish, ChannelDestroyed.
   */
  void hangUp(FakeChannel channel, int cause, boolean soft) {
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
      recorder.finish(channel, "done");
    }
    bridges.leave(channel.id());
    channel.state("Down");
    ObjectNode destroyed = AriJson.event("ChannelDestroyed", app);
    destroyed.put("cause", cause);
    destroyed.put("cause_txt", cause == 17 ? "User busy" : "Normal Clearing");
    destroyed.set("channel", AriJson.channel(channel));
    emit(destroyed);
    channels.remove(channel.id());
    deadAir.forget(channel.id());
    ringing.forget(channel.id());
    channel.commands.shutdown();
  }

  /** An unanswered channel that goes without a hang-up request: ChannelDestroyed, cause 0. */
  void destroyUnanswered(FakeChannel channel) {
    if (channel.gone) {
      return;
    }
    channel.gone = true;
    channel.state("Down");
    ObjectNode destroyed = AriJson.event("ChannelDestroyed", app);
    destroyed.put("cause", 0);
    destroyed.put("cause_txt", "Unknown");
    destroyed.set("channel", AriJson.channel(channel));
    emit(destroyed);
    channels.remove(channel.id());
    deadAir.forget(channel.id());
    ringing.forget(channel.id());
    channel.commands.shutdown();
  }

  void later(FakeChannel channel, Duration delay, Runnable step) {
    clock.schedule(
        () -> {
          if (!channel.gone) {
            channel.commands.execute(step);
          }
        },
        delay.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  // ---- events ----------------------------------------------------------------------------

  void emitChannel(String type, FakeChannel channel) {
    ObjectNode event = AriJson.event(type, app);
    event.set("channel", AriJson.channel(channel));
    emit(event);
  }

  void emit(ObjectNode event) {
    events.accept(event.toString());
  }

  @Override
  public void close() {
    clock.shutdownNow();
    channels.values().forEach(c -> c.commands.shutdownNow());
  }
}
