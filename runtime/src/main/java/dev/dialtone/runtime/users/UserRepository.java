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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jooq.DSLContext;

/** Logins, looked up by username; usernames are unique and compared case-sensitively. */
public class UserRepository {

  private final DSLContext dsl;
  private final List<Consumer<String>> changeListeners = new CopyOnWriteArrayList<>();

  public UserRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  /**
   * Called with the username after its password, role or enabled state changed, whoever changed it:
   * whatever remembers a verified login (sessions, credential caches) must forget it then.
   */
  public void onChange(Consumer<String> listener) {
    changeListeners.add(listener);
  }

  private void changed(String username) {
    changeListeners.forEach(listener -> listener.accept(username));
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
   * Changes a user's role, unless that would leave no enabled admin. Atomic: the enabled admins are
   * locked while it checks, so two admins demoting each other at once cannot both succeed.
   */
  public AdminGuardedChange updateRole(String username, Role role) {
    return guarded(username, role, null);
  }

  /**
   * @return false if there is no such user
   */
  public boolean updatePasswordHash(String username, String passwordHash) {
    boolean updated =
        dsl.update(USERS)
                .set(USERS.PASSWORD_HASH, passwordHash)
                .where(USERS.USERNAME.eq(username))
                .execute()
            == 1;
    if (updated) {
      changed(username);
    }
    return updated;
  }

  /** Enables or disables a user, unless that would leave no enabled admin (atomic as above). */
  public AdminGuardedChange setEnabled(String username, boolean enabled) {
    return guarded(username, null, enabled);
  }

  private AdminGuardedChange guarded(String username, Role role, Boolean enabled) {
    AdminGuardedChange change = guardedUpdate(username, role, enabled);
    if (change == AdminGuardedChange.UPDATED) {
      changed(username);
    }
    return change;
  }

  private AdminGuardedChange guardedUpdate(String username, Role role, Boolean enabled) {
    return dsl.transactionResult(
        tx -> {
          DSLContext db = tx.dsl();
          List<String> admins =
              db.select(USERS.USERNAME)
                  .from(USERS)
                  .where(USERS.ROLE.eq(Role.ADMIN.name()).and(USERS.ENABLED.isTrue()))
                  .forUpdate()
                  .fetch(USERS.USERNAME);
          UsersRecord user =
              db.selectFrom(USERS).where(USERS.USERNAME.eq(username)).forUpdate().fetchOne();
          if (user == null) {
            return AdminGuardedChange.NOT_FOUND;
          }
          boolean staysAdmin =
              (role == null ? Role.valueOf(user.getRole()) == Role.ADMIN : role == Role.ADMIN)
                  && (enabled == null ? user.getEnabled() : enabled);
          if (admins.equals(List.of(username)) && !staysAdmin) {
            return AdminGuardedChange.LAST_ADMIN;
          }
          db.update(USERS)
              .set(USERS.ROLE, role == null ? user.getRole() : role.name())
              .set(USERS.ENABLED, enabled == null ? user.getEnabled() : enabled)
              .where(USERS.USERNAME.eq(username))
              .execute();
          return AdminGuardedChange.UPDATED;
        });
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
