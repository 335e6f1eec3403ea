package dev.dialtone.ui.tokens;

import dev.dialtone.runtime.problems.InvalidInputException;
import dev.dialtone.runtime.users.Role;
import dev.dialtone.ui.api.Ids;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/tokens}: every user manages their own tokens, admins all of them. Tokens are
 * managed with a password login only, so that a leaked token cannot mint others.
 */
@RestController
@RequestMapping("/api/v1/tokens")
class TokensController {

  private final ApiTokens tokens;

  TokensController(ApiTokens tokens) {
    this.tokens = tokens;
  }

  record CreateTokenRequest(String name, String role, String expiresAt) {}

  record TokenResponse(
      String id,
      String name,
      String role,
      String createdBy,
      Instant createdAt,
      Instant lastUsedAt,
      Instant expiresAt) {

    static TokenResponse of(ApiToken token) {
      return new TokenResponse(
          token.id().toString(),
          token.name(),
          token.role().name().toLowerCase(Locale.ROOT),
          token.createdBy(),
          token.createdAt(),
          token.lastUsedAt(),
          token.expiresAt());
    }
  }

  record CreatedTokenResponse(String id, String token, TokenResponse details) {}

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<CreatedTokenResponse> create(
      @RequestBody CreateTokenRequest request, Authentication login) {
    CreatedToken created =
        tokens.create(
            requester(login), request.name(), role(request.role()), expiry(request.expiresAt()));
    String id = created.token().id().toString();
    return ResponseEntity.created(URI.create("/api/v1/tokens/" + id))
        .body(new CreatedTokenResponse(id, created.secret(), TokenResponse.of(created.token())));
  }

  @GetMapping
  Map<String, List<TokenResponse>> list(Authentication login) {
    return Map.of("tokens", tokens.list(requester(login)).stream().map(TokenResponse::of).toList());
  }

  @DeleteMapping("/{id}")
  ResponseEntity<Void> revoke(@PathVariable String id, Authentication login) {
    tokens.revoke(requester(login), Ids.require("id", id));
    return ResponseEntity.noContent().build();
  }

  private static ApiTokens.Requester requester(Authentication login) {
    if (login instanceof TokenAuthentication) {
      throw new AccessDeniedException("tokens are managed with a password login, not a token");
    }
    return new ApiTokens.Requester(login.getName(), Logins.role(login));
  }

  private static Role role(String value) {
    if (value == null) {
      return null;
    }
    try {
      return Role.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of(
          "role", "invalid_value", "'role' must be viewer, editor or admin");
    }
  }

  // An instant (2026-12-31T18:00:00Z), or a date: the token then works through that day (UTC).
  private static Instant expiry(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return value.length() == 10
          ? LocalDate.parse(value).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)
          : Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of(
          "expires_at",
          "invalid_value",
          "'expires_at' must be a date (2026-12-31) or an instant (2026-12-31T18:00:00Z)");
    }
  }
}
