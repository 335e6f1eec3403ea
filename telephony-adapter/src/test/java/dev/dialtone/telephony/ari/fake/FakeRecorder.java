package dev.dialtone.telephony.ari.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Recordings on the fake Asterisk: live on a channel, then stored as WAV files. */
final class FakeRecorder {

  private final String app;
  private final FakeAsterisk asterisk;
  private final Consumer<ObjectNode> events;
  private final Supplier<Collection<FakeChannel>> channels;
  private final Map<String, byte[]> storedRecordings = new ConcurrentHashMap<>();

  FakeRecorder(
      String app,
      FakeAsterisk asterisk,
      Consumer<ObjectNode> events,
      Supplier<Collection<FakeChannel>> channels) {
    this.app = app;
    this.asterisk = asterisk;
    this.events = events;
    this.channels = channels;
  }

  private final Map<String, String> terminators = new ConcurrentHashMap<>();
  private final Map<String, Long> recordingStarts = new ConcurrentHashMap<>();

  Reply record(FakeChannel channel, Map<String, String> params) {
    String name = params.get("name");
    channel.recordingName = name;
    terminators.put(name, params.getOrDefault("terminateOn", "none"));
    recordingStarts.put(name, System.nanoTime());
    ObjectNode started = AriJson.event("RecordingStarted", app);
    started.set("recording", AriJson.recording(name, channel.id(), "recording", 0, null));
    events.accept(started);
    int max = Integer.parseInt(params.getOrDefault("maxDurationSeconds", "0"));
    int silence = Integer.parseInt(params.getOrDefault("maxSilenceSeconds", "0"));
    int first = silence > 0 && (max == 0 || silence < max) ? silence : max;
    if (first > 0) {
      asterisk.later(
          channel,
          Duration.ofSeconds(first),
          () -> {
            if (name.equals(channel.recordingName)) {
              finish(channel, "done");
            }
          });
    }
    return Reply.json(201, AriJson.recording(name, channel.id(), "queued", 0, null));
  }

  String terminators(FakeChannel channel) {
    String keys = terminators.getOrDefault(channel.recordingName, "none");
    return switch (keys) {
      case "none" -> "";
      case "any" -> "0123456789*#ABCD";
      default -> keys;
    };
  }

  Reply stop(String name) {
    for (FakeChannel channel : channels.get()) {
      if (name.equals(channel.recordingName)) {
        channel.commands.execute(() -> finish(channel, "done"));
        return Reply.noContent();
      }
    }
    return Reply.notFound("Recording");
  }

  void finish(FakeChannel channel, String state) {
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
    events.accept(finished);
  }

  Reply storedFile(String name) {
    byte[] wav = storedRecordings.get(name);
    return wav == null ? Reply.notFound("Recording") : Reply.bytes("audio/wav", wav);
  }

  Reply deleteStored(String name) {
    return storedRecordings.remove(name) == null ? Reply.notFound("Recording") : Reply.noContent();
  }
}
