package io.camunda.zeebe.process.test.engine;

import io.camunda.zeebe.db.ZeebeDb;
import io.camunda.zeebe.protocol.ZbColumnFamilies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;

/**
 * Counts the keys the engine's state store holds, per column family: a checkpoint of the live
 * store, opened read-only. Zeebe keeps all its column families in one RocksDB column family, each
 * key prefixed with the family's number as an 8-byte big-endian long.
 */
final class StateKeys {

  private StateKeys() {}

  static Map<String, Long> count(ZeebeDb<ZbColumnFamilies> state) {
    Path parent = temporaryDirectory();
    Path checkpoint = parent.resolve("checkpoint");
    try {
      state.createSnapshot(checkpoint.toFile());
      return countIn(checkpoint);
    } finally {
      delete(parent);
    }
  }

  private static Map<String, Long> countIn(Path checkpoint) {
    Map<String, Long> counts = new TreeMap<>();
    try (Options options = new Options();
        RocksDB db = RocksDB.openReadOnly(options, checkpoint.toString());
        RocksIterator keys = db.newIterator()) {
      for (keys.seekToFirst(); keys.isValid(); keys.next()) {
        counts.merge(family(keys.key()), 1L, Long::sum);
      }
    } catch (RocksDBException e) {
      throw new IllegalStateException("cannot read the state checkpoint " + checkpoint, e);
    }
    return counts;
  }

  private static String family(byte[] key) {
    if (key.length < Long.BYTES) {
      return "?short-key";
    }
    long number = ByteBuffer.wrap(key, 0, Long.BYTES).getLong();
    for (ZbColumnFamilies family : ZbColumnFamilies.values()) {
      if (family.getValue() == number) {
        return family.name();
      }
    }
    return "?" + number;
  }

  private static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("dialtone-state-keys-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void delete(Path directory) {
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
