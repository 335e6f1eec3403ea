package dev.dialtone.telephony.sim;

import dev.dialtone.telephony.RecordedAudio;
import dev.dialtone.telephony.RecordingRequest;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * Recordings on simulated channels. The simulated caller is taken to speak the whole time, so a
 * recording ends by its maximum duration, a finish key, a stop or the hang-up — never by silence.
 * The stored audio is a WAV of exactly the recorded length.
 */
final class SimulatedRecorder {

  private final ScheduledExecutorService clock;
  private final BiConsumer<String, RecordedAudio> finished;
  private final Map<String, Active> byChannel = new ConcurrentHashMap<>();
  private final Map<String, String> channelByName = new ConcurrentHashMap<>();
  private final Map<String, byte[]> stored = new ConcurrentHashMap<>();

  SimulatedRecorder(ScheduledExecutorService clock, BiConsumer<String, RecordedAudio> finished) {
    this.clock = clock;
    this.finished = finished;
  }

  private record Active(
      String channelId,
      RecordingRequest request,
      long startedNanos,
      CompletableFuture<RecordedAudio> done,
      ScheduledFuture<?>[] limit) {}

  CompletableFuture<RecordedAudio> start(String channelId, RecordingRequest request) {
    if (channelByName.containsKey(request.name()) || stored.containsKey(request.name())) {
      return CompletableFuture.failedFuture(
          new IllegalArgumentException("a recording named " + request.name() + " exists"));
    }
    Active active =
        new Active(
            channelId,
            request,
            System.nanoTime(),
            new CompletableFuture<>(),
            new ScheduledFuture<?>[1]);
    if (byChannel.putIfAbsent(channelId, active) != null) {
      return CompletableFuture.failedFuture(
          new IllegalStateException("channel " + channelId + " is recording already"));
    }
    channelByName.put(request.name(), channelId);
    active.limit()[0] =
        clock.schedule(
            () -> finish(channelId, RecordedAudio.End.MAX_DURATION),
            request.maxDuration().toMillis(),
            TimeUnit.MILLISECONDS);
    return active.done();
  }

  void keyPressed(String channelId, char key) {
    Active active = byChannel.get(channelId);
    if (active != null && active.request().finishKeys().indexOf(key) >= 0) {
      finish(channelId, RecordedAudio.End.FINISH_KEY);
    }
  }

  void channelGone(String channelId) {
    finish(channelId, RecordedAudio.End.HANGUP);
  }

  boolean stop(String name) {
    String channelId = channelByName.get(name);
    return channelId != null && finish(channelId, RecordedAudio.End.STOPPED);
  }

  Optional<byte[]> audio(String name) {
    return Optional.ofNullable(stored.get(name));
  }

  boolean delete(String name) {
    return stored.remove(name) != null;
  }

  private boolean finish(String channelId, RecordedAudio.End end) {
    Active active = byChannel.remove(channelId);
    if (active == null) {
      return false;
    }
    channelByName.remove(active.request().name());
    if (active.limit()[0] != null) {
      active.limit()[0].cancel(false);
    }
    Duration length = Duration.ofNanos(System.nanoTime() - active.startedNanos());
    if (end == RecordedAudio.End.MAX_DURATION) {
      length = active.request().maxDuration();
    }
    stored.put(active.request().name(), Wav.tone(length));
    RecordedAudio audio = new RecordedAudio(active.request().name(), length, end);
    active.done().complete(audio);
    finished.accept(channelId, audio);
    return true;
  }
}
