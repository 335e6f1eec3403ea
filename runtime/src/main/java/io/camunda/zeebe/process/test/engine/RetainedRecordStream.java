package io.camunda.zeebe.process.test.engine;

import io.camunda.zeebe.logstreams.log.LogStreamReader;
import io.camunda.zeebe.logstreams.log.LoggedEvent;
import io.camunda.zeebe.process.test.api.RecordStreamSource;
import io.camunda.zeebe.protocol.impl.record.CopiedRecord;
import io.camunda.zeebe.protocol.impl.record.RecordMetadata;
import io.camunda.zeebe.protocol.impl.record.UnifiedRecordValue;
import io.camunda.zeebe.protocol.record.Record;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The engine's record stream for tests and tools, like zeebe-process-test's {@code
 * RecordStreamSourceImpl} — it reads new records incrementally — except that it forgets records the
 * log has trimmed. The original keeps every record it ever read in a list, so a runtime whose
 * record stream is read now and then would hold a copy of every call's records for good, the very
 * growth the trimmed log avoids.
 */
final class RetainedRecordStream implements RecordStreamSource {

  private final LogStreamReader reader;
  private final int partitionId;
  private final LongSupplier lowestHeldPosition;
  private final Deque<Record<?>> records = new ArrayDeque<>();
  private long lastPosition = -1;

  /**
   * @param lowestHeldPosition the position of the log's oldest held record; cached records before
   *     it are dropped
   */
  RetainedRecordStream(LogStreamReader reader, int partitionId, LongSupplier lowestHeldPosition) {
    this.reader = reader;
    this.partitionId = partitionId;
    this.lowestHeldPosition = lowestHeldPosition;
  }

  @Override
  public synchronized Iterable<Record<?>> getRecords() {
    if (lastPosition < 0) {
      reader.seekToFirstEvent();
    } else {
      reader.seekToNextEvent(lastPosition);
    }
    while (reader.hasNext()) {
      LoggedEvent event = reader.next();
      records.addLast(copy(event));
      lastPosition = event.getPosition();
    }
    long lowest = lowestHeldPosition.getAsLong();
    while (!records.isEmpty() && records.peekFirst().getPosition() < lowest) {
      records.removeFirst();
    }
    return List.copyOf(records);
  }

  private CopiedRecord<UnifiedRecordValue> copy(LoggedEvent event) {
    RecordMetadata metadata = new RecordMetadata();
    event.readMetadata(metadata);
    UnifiedRecordValue value = UnifiedRecordValue.allRecordsMap().get(metadata.getValueType());
    event.readValue(value);
    return new CopiedRecord<>(
        value,
        metadata,
        event.getKey(),
        partitionId,
        event.getPosition(),
        event.getSourceEventPosition(),
        event.getTimestamp());
  }
}
