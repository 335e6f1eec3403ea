package io.camunda.zeebe.process.test.engine;

import io.camunda.zeebe.logstreams.storage.LogStorage;
import io.camunda.zeebe.logstreams.storage.LogStorageReader;
import io.camunda.zeebe.util.buffer.BufferWriter;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicLong;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The engine's log in memory, like zeebe-process-test's {@code InMemoryLogStorage}, except that it
 * forgets: {@link #trim} drops the oldest blocks once the engine has processed them and more than
 * {@code retainedBytes} are held. The test engine keeps every record of every call forever, which
 * in a long-running runtime fills the heap (tens of kilobytes per call) and makes the garbage
 * collector copy and mark an ever larger old generation.
 *
 * <p>Readers address blocks by a running index, so dropping the oldest blocks moves nobody; a
 * reader left behind the trimmed start (e.g. one replaying the record stream from the beginning)
 * continues at the oldest block still held.
 */
final class TrimmedLogStorage implements LogStorage {

  private record Block(ByteBuffer buffer, long lowestPosition, long highestPosition) {}

  private final ConcurrentSkipListMap<Long, Block> blocks = new ConcurrentSkipListMap<>();
  private final ConcurrentSkipListMap<Long, Long> indexByLowestPosition =
      new ConcurrentSkipListMap<>();
  private final Set<CommitListener> commitListeners = new CopyOnWriteArraySet<>();
  private final AtomicLong heldBytes = new AtomicLong();
  private final AtomicLong appendedBytes = new AtomicLong();
  private final long retainedBytes;
  private long nextIndex = 1; // appends are serialized by the log stream's sequencer

  TrimmedLogStorage(long retainedBytes) {
    this.retainedBytes = retainedBytes;
  }

  @Override
  public LogStorageReader newReader() {
    return new Reader();
  }

  @Override
  public void append(
      long lowestPosition, long highestPosition, BufferWriter writer, AppendListener listener) {
    ByteBuffer buffer = ByteBuffer.allocate(writer.getLength());
    writer.write(new UnsafeBuffer(buffer), 0);
    append(lowestPosition, highestPosition, buffer, listener);
  }

  @Override
  public void append(
      long lowestPosition, long highestPosition, ByteBuffer block, AppendListener listener) {
    long index = nextIndex++;
    blocks.put(index, new Block(block, lowestPosition, highestPosition));
    indexByLowestPosition.put(lowestPosition, index);
    heldBytes.addAndGet(block.capacity());
    appendedBytes.addAndGet(block.capacity());
    listener.onWrite(index, highestPosition);
    listener.onCommit(index, highestPosition);
    commitListeners.forEach(CommitListener::onCommit);
  }

  /**
   * Drops the oldest blocks whose records are all processed ({@code <= processedPosition}) while
   * more than the retained bytes are held.
   */
  void trim(long processedPosition) {
    while (heldBytes.get() > retainedBytes) {
      Map.Entry<Long, Block> oldest = blocks.firstEntry();
      if (oldest == null || oldest.getValue().highestPosition() > processedPosition) {
        return;
      }
      blocks.remove(oldest.getKey());
      heldBytes.addAndGet(-oldest.getValue().buffer().capacity());
      Map.Entry<Long, Long> lowest = indexByLowestPosition.firstEntry();
      if (lowest != null && lowest.getValue() <= oldest.getKey()) {
        indexByLowestPosition.remove(lowest.getKey());
      }
    }
  }

  /** Bytes of records held now. */
  long heldBytes() {
    return heldBytes.get();
  }

  /** Bytes of records ever appended, held or trimmed. */
  long appendedBytes() {
    return appendedBytes.get();
  }

  /**
   * The position of the oldest record still held ({@code -1} while nothing is): readers that cache
   * records drop the ones before it, so their copy is no larger than the log itself.
   */
  long lowestHeldPosition() {
    Map.Entry<Long, Block> oldest = blocks.firstEntry();
    return oldest == null ? -1 : oldest.getValue().lowestPosition();
  }

  @Override
  public void addCommitListener(CommitListener listener) {
    commitListeners.add(listener);
  }

  @Override
  public void removeCommitListener(CommitListener listener) {
    commitListeners.remove(listener);
  }

  private final class Reader implements LogStorageReader {

    private long index = 1;

    @Override
    public void seek(long position) {
      // as InMemoryLogStorage: the block before the one starting at or after the position
      Map.Entry<Long, Long> before = indexByLowestPosition.lowerEntry(position);
      index = before == null ? 1 : before.getValue();
    }

    @Override
    public boolean hasNext() {
      skipTrimmed();
      return blocks.containsKey(index);
    }

    @Override
    public DirectBuffer next() {
      skipTrimmed();
      Block block = blocks.get(index);
      if (block == null) {
        throw new NoSuchElementException();
      }
      index++;
      return new UnsafeBuffer(block.buffer());
    }

    private void skipTrimmed() {
      Map.Entry<Long, Block> first = blocks.firstEntry();
      if (first != null && index < first.getKey()) {
        index = first.getKey();
      }
    }

    @Override
    public void close() {}
  }
}
