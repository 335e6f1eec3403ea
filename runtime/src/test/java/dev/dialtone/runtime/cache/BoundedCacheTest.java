package dev.dialtone.runtime.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedCacheTest {

  @Test
  void keepsTheMostRecentlyUsedEntriesOnly() {
    BoundedCache<Integer, String> cache = new BoundedCache<>(2);
    cache.put(1, "one");
    cache.put(2, "two");
    assertThat(cache.get(1)).contains("one"); // 1 is now the most recent
    cache.put(3, "three");

    assertThat(cache.size()).isEqualTo(2);
    assertThat(cache.get(2)).isEmpty();
    assertThat(cache.get(1)).contains("one");
    assertThat(cache.get(3)).contains("three");
  }

  @Test
  void computesAMissingValueOnceAndThenRemembersIt() {
    BoundedCache<String, Integer> cache = new BoundedCache<>(10);
    AtomicInteger computed = new AtomicInteger();

    cache.computeIfAbsent("a", k -> computed.incrementAndGet());
    cache.computeIfAbsent("a", k -> computed.incrementAndGet());

    assertThat(computed).hasValue(1);
  }

  @Test
  void staysBoundedOverManyKeys() {
    BoundedCache<Integer, Integer> cache = new BoundedCache<>(100);
    for (int i = 0; i < 100_000; i++) {
      cache.computeIfAbsent(i, k -> k);
    }
    assertThat(cache.size()).isEqualTo(100);
  }

  @Test
  void refusesANonPositiveCapacity() {
    assertThatThrownBy(() -> new BoundedCache<>(0)).hasMessageContaining("at least 1");
  }
}
