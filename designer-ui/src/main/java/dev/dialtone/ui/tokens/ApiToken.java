package dev.dialtone.ui.tokens;

import dev.dialtone.runtime.users.Role;
import java.time.Instant;
import java.util.UUID;

/** A stored API token as its owner sees it; the secret itself is never stored nor shown again. */
public record ApiToken(
    UUID id,
    String name,
    Role role,
    String createdBy,
    Instant createdAt,
    Instant lastUsedAt,
    Instant expiresAt) {

  public boolean expiredAt(Instant now) {
    return expiresAt != null && !now.isBefore(expiresAt);
  }
}
