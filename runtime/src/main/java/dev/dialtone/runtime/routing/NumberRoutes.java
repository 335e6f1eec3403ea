package dev.dialtone.runtime.routing;

import dev.dialtone.runtime.numbers.NumberRepository;
import dev.dialtone.runtime.numbers.Route;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which flow version a number routes to, remembered briefly so that a burst of calls does not queue
 * on the database. Changes made through this runtime apply at once ({@link #forget}); changes made
 * by another runtime instance apply within {@code freshness}.
 */
public class NumberRoutes {

  private final NumberRepository numbers;
  private final long freshnessNanos;
  private final Map<String, Remembered> routes = new ConcurrentHashMap<>();

  private record Remembered(Optional<Route> route, long expiresAt) {}

  public NumberRoutes(NumberRepository numbers, Duration freshness) {
    this.numbers = numbers;
    this.freshnessNanos = freshness.toNanos();
  }

  public Optional<Route> routeOf(String number) {
    long now = System.nanoTime();
    Remembered known = routes.get(number);
    if (known != null && now - known.expiresAt() < 0) {
      return known.route();
    }
    Optional<Route> route = numbers.routeOf(number);
    routes.put(number, new Remembered(route, now + freshnessNanos));
    return route;
  }

  /** Numbers or publications changed: look everything up again. */
  public void forget() {
    routes.clear();
  }
}
