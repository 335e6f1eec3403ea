package dev.dialtone.ui.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.core.Authentication;

/**
 * Username/password pairs whose password hash was checked recently, so that a Basic request pays an
 * HMAC instead of the hash. Keys are HMAC-SHA256 digests of the pair under a key that lives only in
 * this process: the cache holds no password, and nothing in it is useful outside the process. A
 * change to a user forgets their entries at once; entries also expire after a short time, which
 * bounds how stale another instance's view can be.
 */
final class VerifiedLogins {

  private static final int MAX_ENTRIES = 10_000;

  private final SecretKeySpec key;
  private final Duration ttl;
  private final Clock clock;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  // Bumped by every forget: a verification that started before a change must not be cached after.
  private final AtomicLong forgets = new AtomicLong();

  VerifiedLogins(Duration ttl, Clock clock) {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
    this.ttl = ttl;
    this.clock = clock;
  }

  private record Entry(String username, Authentication login, Instant expires) {}

  /** Taken before verifying a password, handed back to {@link #remember}. */
  long generation() {
    return forgets.get();
  }

  Optional<Authentication> find(String username, String password) {
    String digest = digest(username, password);
    Entry entry = entries.get(digest);
    if (entry == null) {
      return Optional.empty();
    }
    if (!clock.instant().isBefore(entry.expires())) {
      entries.remove(digest, entry);
      return Optional.empty();
    }
    return Optional.of(entry.login());
  }

  void remember(String username, String password, Authentication login, long generation) {
    if (ttl.isZero() || generation != forgets.get()) {
      return;
    }
    Instant now = clock.instant();
    if (entries.size() >= MAX_ENTRIES) {
      entries.values().removeIf(entry -> !now.isBefore(entry.expires()));
      if (entries.size() >= MAX_ENTRIES) {
        return;
      }
    }
    entries.put(digest(username, password), new Entry(username, login, now.plus(ttl)));
    // a change that raced with this put must still win
    if (generation != forgets.get()) {
      forget(username);
    }
  }

  void forget(String username) {
    forgets.incrementAndGet();
    entries.values().removeIf(entry -> entry.username().equals(username));
  }

  int size() {
    return entries.size();
  }

  private String digest(String username, String password) {
    byte[] user = username.getBytes(StandardCharsets.UTF_8);
    byte[] pass = password.getBytes(StandardCharsets.UTF_8);
    // length-prefixed, so that no two different pairs give the same input
    ByteBuffer input = ByteBuffer.allocate(4 + user.length + pass.length);
    input.putInt(user.length).put(user).put(pass);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(input.array()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime has HmacSHA256", e);
    }
  }
}
