package dev.dialtone.ui.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed password logins per username and per client address. After {@code freeFailures} failures
 * in a row, further attempts are refused without checking the password for a window that doubles
 * with every further failure (1 s, 2 s, 4 s … up to 15 minutes). A success clears the user's count;
 * an address's count fades after a quiet quarter of an hour.
 */
final class LoginThrottle {

  static final Duration MAX_WINDOW = Duration.ofMinutes(15);
  private static final Duration FORGET_AFTER = Duration.ofMinutes(15);
  private static final int MAX_TRACKED = 100_000;

  private final int freeFailures;
  private final Clock clock;
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  LoginThrottle(int freeFailures, Clock clock) {
    this.freeFailures = freeFailures;
    this.clock = clock;
  }

  private record Failures(int count, Instant last, Instant lockedUntil) {}

  /**
   * @throws LoginThrottledException if the user or the address must wait
   */
  void check(String username, String address) {
    Instant now = clock.instant();
    for (String key : new String[] {userKey(username), addressKey(address)}) {
      Failures f = failures.get(key);
      if (f != null && now.isBefore(f.lockedUntil())) {
        Duration wait = Duration.between(now, f.lockedUntil());
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        throw new LoginThrottledException(
            "too many failed logins; try again in " + seconds + " s", wait);
      }
    }
  }

  void failed(String username, String address) {
    Instant now = clock.instant();
    if (failures.size() >= MAX_TRACKED) {
      failures.values().removeIf(f -> f.last().plus(FORGET_AFTER).isBefore(now));
    }
    failures.compute(userKey(username), (key, f) -> next(f, now));
    failures.compute(addressKey(address), (key, f) -> next(f, now));
  }

  void succeeded(String username) {
    failures.remove(userKey(username));
  }

  private Failures next(Failures previous, Instant now) {
    int count =
        previous == null || previous.last().plus(FORGET_AFTER).isBefore(now)
            ? 1
            : previous.count() + 1;
    Instant lockedUntil = now;
    if (count >= freeFailures) {
      int doublings = Math.min(count - freeFailures, 20);
      Duration window = Duration.ofSeconds(1L << doublings);
      lockedUntil = now.plus(window.compareTo(MAX_WINDOW) > 0 ? MAX_WINDOW : window);
    }
    return new Failures(count, now, lockedUntil);
  }

  private static String userKey(String username) {
    return "user:" + username;
  }

  private static String addressKey(String address) {
    return "address:" + address;
  }
}
