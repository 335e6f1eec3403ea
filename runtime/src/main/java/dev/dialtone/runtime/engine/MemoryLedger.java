package dev.dialtone.runtime.engine;

import dev.dialtone.runtime.cache.BoundedCache;
import java.util.OptionalLong;

/**
 * The ledger of an engine that starts empty with the process (the in-process engine), and the
 * bounded front of a {@link DatabaseLedger}. Holds the most recently used {@code capacity} models;
 * a model forgotten here is deployed once more, which the engine takes as a no-op or a new version
 * of a model that is no longer the newest — never a wrong key.
 */
public final class MemoryLedger implements DeploymentLedger {

  private final BoundedCache<String, Long> keys;

  public MemoryLedger(int capacity) {
    this.keys = new BoundedCache<>(capacity);
  }

  @Override
  public OptionalLong find(String digest) {
    return keys.get(digest).map(OptionalLong::of).orElse(OptionalLong.empty());
  }

  @Override
  public void remember(String digest, String processId, long definitionKey) {
    keys.put(digest, definitionKey);
  }
}
