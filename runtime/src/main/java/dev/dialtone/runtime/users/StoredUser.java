package dev.dialtone.runtime.users;

import java.time.Instant;
import java.util.UUID;

/** A login. The hash is whatever the application's PasswordEncoder produced (e.g. "{bcrypt}…"). */
public record StoredUser(
    UUID id, String username, String passwordHash, Role role, boolean enabled, Instant createdAt) {

  @Override
  public String toString() {
    // keep hashes out of logs
    return "StoredUser[id="
        + id
        + ", username="
        + username
        + ", role="
        + role
        + ", enabled="
        + enabled
        + "]";
  }
}
