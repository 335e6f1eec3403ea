package dev.dialtone.runtime.cache;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A map that keeps its {@code capacity} most recently used entries, so that a runtime that lives
 * for months with flows republished every day holds a steady amount of memory. For small values
 * that are cheap to compute again; never for state that would be lost by forgetting it.
 */
public final class BoundedCache<K, V> {

  private final Map<K, V> entries;

  public BoundedCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
    }
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > capacity;
          }
        };
  }

  /** The value for {@code key}, computed (outside any lock, so perhaps twice) when missing. */
  public V computeIfAbsent(K key, Function<? super K, ? extends V> compute) {
    Optional<V> known = get(key);
    if (known.isPresent()) {
      return known.get();
    }
    V value = compute.apply(key);
    synchronized (entries) {
      V raced = entries.putIfAbsent(key, value);
      return raced == null ? value : raced;
    }
  }

  public Optional<V> get(K key) {
    synchronized (entries) {
      return Optional.ofNullable(entries.get(key));
    }
  }

  public void put(K key, V value) {
    synchronized (entries) {
      entries.put(key, value);
    }
  }

  public int size() {
    synchronized (entries) {
      return entries.size();
    }
  }
}
