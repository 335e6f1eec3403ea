package dev.dialtone.runtime.scenarios;

import dev.dialtone.runtime.recordings.Recording;
import dev.dialtone.runtime.recordings.RecordingPage;
import dev.dialtone.runtime.recordings.RecordingRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Recordings offline: a scenario checks that the caller was recorded (the trace and transcript say
 * so); the audio itself is not kept, as the offline call journal keeps no calls.
 */
final class DiscardedRecordings extends RecordingRepository {

  DiscardedRecordings() {
    super(null);
  }

  @Override
  public void insert(Recording recording, byte[] audio) {}

  @Override
  public RecordingPage list(UUID callId, int offset, int limit) {
    return new RecordingPage(List.of(), offset, limit, 0);
  }

  @Override
  public Optional<Recording> find(UUID id) {
    return Optional.empty();
  }

  @Override
  public Optional<byte[]> audio(UUID id) {
    return Optional.empty();
  }

  @Override
  public boolean delete(UUID id) {
    return false;
  }
}
