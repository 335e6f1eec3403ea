package dev.dialtone.ui.tokens;

import static dev.dialtone.db.Tables.API_TOKENS;
import static dev.dialtone.db.Tables.USERS;
import static dev.dialtone.runtime.db.Timestamps.instant;
import static dev.dialtone.runtime.db.Timestamps.utc;

import dev.dialtone.db.tables.records.ApiTokensRecord;
import dev.dialtone.runtime.users.Role;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** API tokens, found by the hash of their secret (unique index). */
@Repository
class ApiTokenRepository {

  private final DSLContext dsl;

  ApiTokenRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  void insert(ApiToken token, String secretHash) {
    dsl.insertInto(API_TOKENS)
        .set(API_TOKENS.ID, token.id())
        .set(API_TOKENS.NAME, token.name())
        .set(API_TOKENS.ROLE, token.role().name())
        .set(API_TOKENS.TOKEN_HASH, secretHash)
        .set(API_TOKENS.CREATED_BY, token.createdBy())
        .set(API_TOKENS.CREATED_AT, utc(token.createdAt()))
        .set(API_TOKENS.EXPIRES_AT, utc(token.expiresAt()))
        .execute();
  }

  List<ApiToken> list() {
    return dsl.selectFrom(API_TOKENS)
        .orderBy(API_TOKENS.CREATED_AT.desc())
        .fetch(ApiTokenRepository::toToken);
  }

  List<ApiToken> listCreatedBy(String username) {
    return dsl.selectFrom(API_TOKENS)
        .where(API_TOKENS.CREATED_BY.eq(username))
        .orderBy(API_TOKENS.CREATED_AT.desc())
        .fetch(ApiTokenRepository::toToken);
  }

  Optional<ApiToken> find(UUID id) {
    return dsl.selectFrom(API_TOKENS)
        .where(API_TOKENS.ID.eq(id))
        .fetchOptional(ApiTokenRepository::toToken);
  }

  boolean delete(UUID id) {
    return dsl.deleteFrom(API_TOKENS).where(API_TOKENS.ID.eq(id)).execute() == 1;
  }

  /** The token with this hash and its creator's current role and state: one indexed lookup. */
  Optional<TokenWithCreator> findByHash(String secretHash) {
    return dsl.select(API_TOKENS.fields())
        .select(USERS.ROLE, USERS.ENABLED)
        .from(API_TOKENS)
        .join(USERS)
        .on(USERS.USERNAME.eq(API_TOKENS.CREATED_BY))
        .where(API_TOKENS.TOKEN_HASH.eq(secretHash))
        .fetchOptional(
            r ->
                new TokenWithCreator(
                    toToken(r.into(API_TOKENS)),
                    Role.valueOf(r.get(USERS.ROLE)),
                    r.get(USERS.ENABLED)));
  }

  void touch(UUID id, Instant usedAt) {
    dsl.update(API_TOKENS)
        .set(API_TOKENS.LAST_USED_AT, utc(usedAt))
        .where(API_TOKENS.ID.eq(id))
        .execute();
  }

  record TokenWithCreator(ApiToken token, Role creatorRole, boolean creatorEnabled) {}

  private static ApiToken toToken(Record record) {
    ApiTokensRecord r = record.into(API_TOKENS);
    return new ApiToken(
        r.getId(),
        r.getName(),
        Role.valueOf(r.getRole()),
        r.getCreatedBy(),
        instant(r.getCreatedAt()),
        instant(r.getLastUsedAt()),
        instant(r.getExpiresAt()));
  }
}
