package dev.dialtone.runtime.users;

import static dev.dialtone.db.Tables.USERS;
import static dev.dialtone.runtime.db.Timestamps.instant;
import static dev.dialtone.runtime.db.Timestamps.utc;

import dev.dialtone.db.tables.records.UsersRecord;
import dev.dialtone.runtime.db.SqlErrors;
import dev.dialtone.runtime.db.Timestamps;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/** Logins, looked up by username; usernames are unique and compared case-sensitively. */
public class UserRepository {

  private final DSLContext dsl;

  public UserRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  /**
   * New users start enabled. A taken username is detected by the unique key, not by a prior read.
   */
  public CreateUserResult create(String username, String passwordHash, Role role) {
    StoredUser user =
        new StoredUser(UUID.randomUUID(), username, passwordHash, role, true, Timestamps.now());
    try {
      // own transaction (or savepoint): a failed insert must not poison the caller's transaction
      dsl.transaction(
          tx ->
              tx.dsl()
                  .insertInto(USERS)
                  .set(USERS.ID, user.id())
                  .set(USERS.USERNAME, username)
                  .set(USERS.PASSWORD_HASH, passwordHash)
                  .set(USERS.ROLE, role.name())
                  .set(USERS.ENABLED, true)
                  .set(USERS.CREATED_AT, utc(user.createdAt()))
                  .execute());
      return new CreateUserResult.Created(user);
    } catch (RuntimeException e) {
      if (SqlErrors.isUniqueViolation(e)) {
        return new CreateUserResult.UsernameTaken(username);
      }
      throw e;
    }
  }

  public Optional<StoredUser> findByUsername(String username) {
    return dsl.selectFrom(USERS)
        .where(USERS.USERNAME.eq(username))
        .fetchOptional(UserRepository::toUser);
  }

  public List<StoredUser> list() {
    return dsl.selectFrom(USERS).orderBy(USERS.USERNAME).fetch(UserRepository::toUser);
  }

  /**
   * @return false if there is no such user
   */
  public boolean updateRole(String username, Role role) {
    return dsl.update(USERS)
            .set(USERS.ROLE, role.name())
            .where(USERS.USERNAME.eq(username))
            .execute()
        == 1;
  }

  /**
   * @return false if there is no such user
   */
  public boolean updatePasswordHash(String username, String passwordHash) {
    return dsl.update(USERS)
            .set(USERS.PASSWORD_HASH, passwordHash)
            .where(USERS.USERNAME.eq(username))
            .execute()
        == 1;
  }

  /**
   * @return false if there is no such user
   */
  public boolean setEnabled(String username, boolean enabled) {
    return dsl.update(USERS)
            .set(USERS.ENABLED, enabled)
            .where(USERS.USERNAME.eq(username))
            .execute()
        == 1;
  }

  /** All users; zero means the application should offer to create the first admin. */
  public int count() {
    return dsl.fetchCount(USERS);
  }

  /** Enabled users with a role, so the last enabled admin can be protected from demotion. */
  public int countEnabled(Role role) {
    return dsl.fetchCount(USERS, USERS.ROLE.eq(role.name()).and(USERS.ENABLED.isTrue()));
  }

  private static StoredUser toUser(UsersRecord r) {
    Instant createdAt = instant(r.getCreatedAt());
    return new StoredUser(
        r.getId(),
        r.getUsername(),
        r.getPasswordHash(),
        Role.valueOf(r.getRole()),
        r.getEnabled(),
        createdAt);
  }
}
