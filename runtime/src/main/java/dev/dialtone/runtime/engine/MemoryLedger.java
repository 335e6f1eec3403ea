package dev.dialtone.runtime.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The ledger of an engine that starts empty with the process (the in-process engine), and the
 * bounded front of a {@link DatabaseLedger}. Holds the most recently used {@code capacity} models;
 * a model forgotten here is deployed once more, which the engine takes as a no-op or a new version
 * of a model that is no longer the newest — never a wrong key.
 */
public final class MemoryLedger implements DeploymentLedger {

  private final Map<String, Long> keys;

  public MemoryLedger(int capacity) {
    this.keys =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > capacity;
          }
        };
  }

  @Override
  public synchronized OptionalLong find(String digest) {
    Long key = keys.get(digest);
    return key == null ? OptionalLong.empty() : OptionalLong.of(key);
  }

  @Override
  public synchronized void remember(String digest, String processId, long definitionKey) {
    keys.put(digest, definitionKey);
  }

  synchronized int size() {
    return keys.size();
  }
}
