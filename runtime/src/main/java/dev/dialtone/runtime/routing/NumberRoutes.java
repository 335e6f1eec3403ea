package dev.dialtone.runtime.routing;

import dev.dialtone.runtime.cache.BoundedCache;
import dev.dialtone.runtime.numbers.NumberRepository;
import dev.dialtone.runtime.numbers.Route;
import java.time.Duration;
import java.util.Optional;

/**
 * Which flow version a number routes to, remembered briefly so that a burst of calls does not queue
 * on the database. Changes made through this runtime apply at once ({@link #forget}); changes made
 * by another runtime instance apply within {@code freshness}.
 */
public class NumberRoutes {

  private final NumberRepository numbers;
  private final long freshnessNanos;
  // Bounded: callers choose the numbers they dial, unknown ones included.
  private volatile BoundedCache<String, Remembered> routes = new BoundedCache<>(CAPACITY);
  private static final int CAPACITY = 50_000;

  private record Remembered(Optional<Route> route, long expiresAt) {}

  public NumberRoutes(NumberRepository numbers, Duration freshness) {
    this.numbers = numbers;
    this.freshnessNanos = freshness.toNanos();
  }

  public Optional<Route> routeOf(String number) {
    long now = System.nanoTime();
    Remembered known = routes.get(number).orElse(null);
    if (known != null && now - known.expiresAt() < 0) {
      return known.route();
    }
    Optional<Route> route = numbers.routeOf(number);
    routes.put(number, new Remembered(route, now + freshnessNanos));
    return route;
  }

  /** Numbers or publications changed: look everything up again. */
  public void forget() {
    routes = new BoundedCache<>(CAPACITY);
  }
}
