package dev.dialtone.runtime.recordings;

import static dev.dialtone.db.Tables.RECORDINGS;
import static dev.dialtone.runtime.db.Timestamps.instant;
import static dev.dialtone.runtime.db.Timestamps.utc;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Recordings and their audio, in the database. Lists and look-ups never read the audio column: a
 * page of metadata stays small however long the recordings are.
 */
public class RecordingRepository {

  private final DSLContext dsl;

  public RecordingRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  public void insert(Recording recording, byte[] audio) {
    dsl.insertInto(RECORDINGS)
        .set(RECORDINGS.ID, recording.id())
        .set(RECORDINGS.CALL_ID, recording.callId())
        .set(RECORDINGS.NODE_ID, recording.nodeId())
        .set(RECORDINGS.DURATION_MS, recording.durationMs())
        .set(RECORDINGS.END_REASON, recording.endReason())
        .set(RECORDINGS.SIZE_BYTES, audio.length)
        .set(RECORDINGS.AUDIO, audio)
        .set(RECORDINGS.CREATED_AT, utc(recording.createdAt()))
        .execute();
  }

  /** Newest first (ties by id, so pages never overlap); {@code callId} null for all calls. */
  public RecordingPage list(UUID callId, int offset, int limit) {
    Condition where = callId == null ? DSL.noCondition() : RECORDINGS.CALL_ID.eq(callId);
    List<Recording> page =
        dsl.select(metadata())
            .from(RECORDINGS)
            .where(where)
            .orderBy(RECORDINGS.CREATED_AT.desc(), RECORDINGS.ID)
            .limit(limit)
            .offset(offset)
            .fetch(RecordingRepository::toRecording);
    long total = dsl.fetchCount(RECORDINGS, where);
    return new RecordingPage(page, offset, limit, total);
  }

  public Optional<Recording> find(UUID id) {
    return dsl.select(metadata())
        .from(RECORDINGS)
        .where(RECORDINGS.ID.eq(id))
        .fetchOptional(RecordingRepository::toRecording);
  }

  public Optional<byte[]> audio(UUID id) {
    return dsl.select(RECORDINGS.AUDIO)
        .from(RECORDINGS)
        .where(RECORDINGS.ID.eq(id))
        .fetchOptional(RECORDINGS.AUDIO);
  }

  /**
   * @return whether there was such a recording
   */
  public boolean delete(UUID id) {
    return dsl.deleteFrom(RECORDINGS).where(RECORDINGS.ID.eq(id)).execute() > 0;
  }

  private static List<org.jooq.Field<?>> metadata() {
    return List.of(
        RECORDINGS.ID,
        RECORDINGS.CALL_ID,
        RECORDINGS.NODE_ID,
        RECORDINGS.DURATION_MS,
        RECORDINGS.END_REASON,
        RECORDINGS.SIZE_BYTES,
        RECORDINGS.CREATED_AT);
  }

  private static Recording toRecording(Record row) {
    return new Recording(
        row.get(RECORDINGS.ID),
        row.get(RECORDINGS.CALL_ID),
        row.get(RECORDINGS.NODE_ID),
        row.get(RECORDINGS.DURATION_MS),
        row.get(RECORDINGS.END_REASON),
        row.get(RECORDINGS.SIZE_BYTES),
        instant(row.get(RECORDINGS.CREATED_AT)));
  }
}
