package dev.dialtone.ui.tokens;

import dev.dialtone.flow.Problem;
import dev.dialtone.runtime.problems.InvalidInputException;
import dev.dialtone.runtime.problems.NotFoundException;
import dev.dialtone.runtime.users.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Creating, listing, revoking and checking API tokens. Everyone manages their own tokens; admins
 * see and may revoke all of them. A token never acts above its creator: not when it is created, and
 * not later when the creator is demoted or disabled (checked on every use).
 */
@Service
public class ApiTokens {

  static final int MAX_NAME_LENGTH = 100;
  // A token's last use is recorded at most this often, so that using it is no write per request.
  static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

  private final ApiTokenRepository tokens;
  private final Clock clock;

  ApiTokens(ApiTokenRepository tokens) {
    this.tokens = tokens;
    this.clock = Clock.systemUTC();
  }

  /** The requester is who creates it, with their current role. */
  public CreatedToken create(Requester requester, String name, Role role, Instant expiresAt) {
    Instant now = now();
    List<Problem> problems = new ArrayList<>();
    String trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
      problems.add(
          Problem.ofDocument(
              "name",
              "invalid_name",
              "give the token a name of 1 to " + MAX_NAME_LENGTH + " characters"));
    }
    if (role == null) {
      problems.add(Problem.ofDocument("role", "missing_value", "pick a role"));
    } else if (above(role, requester.role())) {
      problems.add(
          Problem.ofDocument(
              "role",
              "role_above_creator",
              "a token cannot hold more than your own role ("
                  + requester.role().name().toLowerCase()
                  + ")"));
    }
    if (expiresAt != null && !expiresAt.isAfter(now)) {
      problems.add(
          Problem.ofDocument("expires_at", "in_the_past", "the expiry must be in the future"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    String secret = TokenSecrets.generate();
    ApiToken token =
        new ApiToken(UUID.randomUUID(), trimmed, role, requester.username(), now, null, expiresAt);
    tokens.insert(token, TokenSecrets.hash(secret));
    return new CreatedToken(token, secret);
  }

  public List<ApiToken> list(Requester requester) {
    return requester.role() == Role.ADMIN
        ? tokens.list()
        : tokens.listCreatedBy(requester.username());
  }

  public void revoke(Requester requester, UUID id) {
    ApiToken token =
        tokens
            .find(id)
            .filter(
                t -> requester.role() == Role.ADMIN || t.createdBy().equals(requester.username()))
            // someone else's token is "not found" to a non-admin: its existence is not theirs to
            // know
            .orElseThrow(() -> new NotFoundException("no token " + id));
    tokens.delete(token.id());
  }

  /**
   * The login a bearer secret stands for, if it is a current token of an enabled user. Costs one
   * indexed lookup, plus a write at most once a minute per token.
   */
  public Optional<TokenLogin> authenticate(String secret) {
    if (secret == null || !TokenSecrets.looksValid(secret)) {
      return Optional.empty();
    }
    Instant now = now();
    return tokens
        .findByHash(TokenSecrets.hash(secret))
        .filter(found -> found.creatorEnabled() && !found.token().expiredAt(now))
        .map(
            found -> {
              ApiToken token = found.token();
              if (token.lastUsedAt() == null
                  || token.lastUsedAt().isBefore(now.minus(LAST_USED_RESOLUTION))) {
                tokens.touch(token.id(), now);
              }
              Role role =
                  above(token.role(), found.creatorRole()) ? found.creatorRole() : token.role();
              return new TokenLogin(token.id(), token.createdBy(), role);
            });
  }

  // Role's constants run from most to least powerful.
  private static boolean above(Role role, Role ceiling) {
    return role.ordinal() < ceiling.ordinal();
  }

  private Instant now() {
    // both databases keep microseconds: truncated, what is returned equals what is stored
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  /** Who asks: their username and current role. */
  public record Requester(String username, Role role) {}
}
