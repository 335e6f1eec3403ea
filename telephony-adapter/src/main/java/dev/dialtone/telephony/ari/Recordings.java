package dev.dialtone.telephony.ari;

import ch.loway.oss.ari4java.generated.models.LiveRecording;
import dev.dialtone.telephony.RecordedAudio;
import dev.dialtone.telephony.RecordingRequest;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Recordings in progress. ARI says that a recording finished, not why; the adapter knows why from
 * what it saw meanwhile (our stop, a finish key, the hang-up) and from the duration.
 */
final class Recordings {

  static final class Recording {
    final String channelId;
    final RecordingRequest request;
    final CompletableFuture<RecordedAudio> done = new CompletableFuture<>();
    volatile RecordedAudio.End end;

    Recording(String channelId, RecordingRequest request) {
      this.channelId = channelId;
      this.request = request;
    }
  }

  private final Map<String, Recording> byName = new ConcurrentHashMap<>();

  Recording open(String channelId, RecordingRequest request) {
    Recording recording = new Recording(channelId, request);
    byName.put(request.name(), recording);
    return recording;
  }

  Optional<Recording> get(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** A key reached the channel: if it is a finish key, that is what will stop the recording. */
  void keyPressed(String channelId, char digit) {
    byName.values().stream()
        .filter(r -> r.channelId.equals(channelId) && r.request.finishKeys().indexOf(digit) >= 0)
        .forEach(r -> r.end = r.end == null ? RecordedAudio.End.FINISH_KEY : r.end);
  }

  void channelGone(String channelId) {
    byName.values().stream()
        .filter(r -> r.channelId.equals(channelId))
        .forEach(r -> r.end = r.end == null ? RecordedAudio.End.HANGUP : r.end);
  }

  /** Completes the recording; returns it (with its channel) when it was ours. */
  Optional<Map.Entry<String, RecordedAudio>> finished(LiveRecording live) {
    Recording recording = byName.remove(live.getName());
    if (recording == null) {
      return Optional.empty();
    }
    Duration length = Duration.ofSeconds(live.getDuration() == null ? 0 : live.getDuration());
    RecordedAudio audio = new RecordedAudio(live.getName(), length, endOf(recording, length));
    recording.done.complete(audio);
    return Optional.of(Map.entry(recording.channelId, audio));
  }

  void failed(LiveRecording live) {
    Recording recording = byName.remove(live.getName());
    if (recording != null) {
      recording.done.completeExceptionally(
          new AriCommandException("recording " + live.getName(), 0, live.getCause(), null));
    }
  }

  private static RecordedAudio.End endOf(Recording recording, Duration length) {
    if (recording.end != null) {
      return recording.end;
    }
    return length.compareTo(recording.request.maxDuration()) >= 0
            || recording.request.endOfSilence() == null
        ? RecordedAudio.End.MAX_DURATION
        : RecordedAudio.End.SILENCE;
  }
}
