package dev.dialtone.runtime.recordings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.runtime.db.TestDatabase;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class RecordingRepositoryIT {

  @Parameter TestDatabase database;

  RecordingRepository recordings;
  final UUID call = UUID.randomUUID();
  final Instant t0 = Instant.parse("2026-12-03T10:00:00Z");

  @BeforeEach
  void setUp() {
    database.reset();
    recordings = new RecordingRepository(database.dsl());
  }

  @Test
  void aStoredRecordingReadsBackWithItsAudio() {
    Recording recording = recording(call, t0);
    byte[] audio = {1, 2, 3, 4, 5};

    recordings.insert(recording, audio);

    assertThat(recordings.find(recording.id()))
        .hasValueSatisfying(
            found -> {
              assertThat(found.nodeId()).isEqualTo("message");
              assertThat(found.durationMs()).isEqualTo(2000);
              assertThat(found.endReason()).isEqualTo("max_duration");
              assertThat(found.sizeBytes()).isEqualTo(5);
              assertThat(found.createdAt()).isEqualTo(t0);
            });
    assertThat(recordings.audio(recording.id())).hasValue(audio);
    assertThat(recordings.find(UUID.randomUUID())).isEmpty();
  }

  @Test
  void listsNewestFirstInPagesAndPerCall() {
    UUID other = UUID.randomUUID();
    Recording oldest = recording(call, t0);
    Recording middle = recording(other, t0.plus(1, ChronoUnit.MINUTES));
    Recording newest = recording(call, t0.plus(2, ChronoUnit.MINUTES));
    for (Recording r : new Recording[] {middle, oldest, newest}) {
      recordings.insert(r, new byte[] {0});
    }

    RecordingPage first = recordings.list(null, 0, 2);
    assertThat(first.recordings())
        .extracting(Recording::id)
        .containsExactly(newest.id(), middle.id());
    assertThat(first.total()).isEqualTo(3);
    assertThat(recordings.list(null, 2, 2).recordings())
        .extracting(Recording::id)
        .containsExactly(oldest.id());
    RecordingPage ofCall = recordings.list(call, 0, 10);
    assertThat(ofCall.recordings())
        .extracting(Recording::id)
        .containsExactly(newest.id(), oldest.id());
    assertThat(ofCall.total()).isEqualTo(2);
  }

  @Test
  void deleteRemovesItOnce() {
    Recording recording = recording(call, t0);
    recordings.insert(recording, new byte[] {0});

    assertThat(recordings.delete(recording.id())).isTrue();
    assertThat(recordings.delete(recording.id())).isFalse();
    assertThat(recordings.audio(recording.id())).isEmpty();
  }

  private static Recording recording(UUID call, Instant at) {
    return new Recording(UUID.randomUUID(), call, "message", 2000, "max_duration", 0, at);
  }
}
