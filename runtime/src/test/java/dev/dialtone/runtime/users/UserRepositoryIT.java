package dev.dialtone.runtime.users;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.runtime.db.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class UserRepositoryIT {

  private static final String HASH =
      "{bcrypt}$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z3ZBjm1FVZ5TqWf1aXH8Gm1e";

  @Parameter TestDatabase database;

  UserRepository users;

  @BeforeEach
  void setUp() {
    database.reset();
    users = new UserRepository(database.dsl());
  }

  @Test
  void createdUserIsEnabledAndFoundByUsername() {
    StoredUser created =
        ((CreateUserResult.Created) users.create("alice", HASH, Role.ADMIN)).user();

    assertThat(created.enabled()).isTrue();
    assertThat(created.role()).isEqualTo(Role.ADMIN);
    assertThat(users.findByUsername("alice")).contains(created);
    assertThat(users.findByUsername("bob")).isEmpty();
  }

  @Test
  void aTakenUsernameIsReportedAndChangesNothing() {
    users.create("alice", HASH, Role.ADMIN);

    assertThat(users.create("alice", "{noop}other", Role.VIEWER))
        .isEqualTo(new CreateUserResult.UsernameTaken("alice"));

    assertThat(users.count()).isEqualTo(1);
    assertThat(users.findByUsername("alice").orElseThrow().passwordHash()).isEqualTo(HASH);
  }

  @Test
  void usernamesAreCaseSensitive() {
    users.create("alice", HASH, Role.EDITOR);

    assertThat(users.create("Alice", HASH, Role.EDITOR))
        .isInstanceOf(CreateUserResult.Created.class);
  }

  @Test
  void listIsOrderedByUsername() {
    users.create("carol", HASH, Role.VIEWER);
    users.create("alice", HASH, Role.ADMIN);
    users.create("bob", HASH, Role.EDITOR);

    assertThat(users.list())
        .extracting(StoredUser::username)
        .containsExactly("alice", "bob", "carol");
  }

  @Test
  void roleHashAndEnabledCanBeChanged() {
    users.create("bob", HASH, Role.VIEWER);

    assertThat(users.updateRole("bob", Role.EDITOR)).isEqualTo(AdminGuardedChange.UPDATED);
    assertThat(users.updatePasswordHash("bob", "{noop}new")).isTrue();
    assertThat(users.setEnabled("bob", false)).isEqualTo(AdminGuardedChange.UPDATED);

    StoredUser bob = users.findByUsername("bob").orElseThrow();
    assertThat(bob.role()).isEqualTo(Role.EDITOR);
    assertThat(bob.passwordHash()).isEqualTo("{noop}new");
    assertThat(bob.enabled()).isFalse();
  }

  @Test
  void changingAnUnknownUserReturnsFalse() {
    assertThat(users.updateRole("nobody", Role.ADMIN)).isEqualTo(AdminGuardedChange.NOT_FOUND);
    assertThat(users.updatePasswordHash("nobody", HASH)).isFalse();
    assertThat(users.setEnabled("nobody", true)).isEqualTo(AdminGuardedChange.NOT_FOUND);
  }

  @Test
  void theLastEnabledAdminCanBeNeitherDemotedNorDisabled() {
    users.create("alice", HASH, Role.ADMIN);
    users.create("root", HASH, Role.ADMIN);
    users.setEnabled("root", false);

    assertThat(users.updateRole("alice", Role.EDITOR)).isEqualTo(AdminGuardedChange.LAST_ADMIN);
    assertThat(users.setEnabled("alice", false)).isEqualTo(AdminGuardedChange.LAST_ADMIN);
    assertThat(users.findByUsername("alice").orElseThrow())
        .extracting(StoredUser::role, StoredUser::enabled)
        .containsExactly(Role.ADMIN, true);
    // a disabled admin is not the one keeping the door open: it may be demoted
    assertThat(users.updateRole("root", Role.VIEWER)).isEqualTo(AdminGuardedChange.UPDATED);
    // and once another admin is enabled, alice may go
    users.create("carol", HASH, Role.ADMIN);
    assertThat(users.setEnabled("alice", false)).isEqualTo(AdminGuardedChange.UPDATED);
  }

  @Test
  void twoAdminsDisablingEachOtherAtOnceLeaveOneEnabled() throws Exception {
    users.create("alice", HASH, Role.ADMIN);
    users.create("bob", HASH, Role.ADMIN);
    for (int round = 0; round < 20; round++) {
      users.setEnabled("alice", true);
      users.setEnabled("bob", true);
      var start = new java.util.concurrent.CountDownLatch(1);
      try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
        var a =
            pool.submit(
                () -> {
                  start.await();
                  return users.setEnabled("alice", false);
                });
        var b =
            pool.submit(
                () -> {
                  start.await();
                  return users.setEnabled("bob", false);
                });
        start.countDown();
        assertThat(java.util.List.of(a.get(), b.get()))
            .containsExactlyInAnyOrder(AdminGuardedChange.UPDATED, AdminGuardedChange.LAST_ADMIN);
      }
      assertThat(users.countEnabled(Role.ADMIN)).isEqualTo(1);
    }
  }

  @Test
  void countsAllUsersAndEnabledOnesByRole() {
    assertThat(users.count()).isZero();
    users.create("alice", HASH, Role.ADMIN);
    users.create("root", HASH, Role.ADMIN);
    users.create("bob", HASH, Role.EDITOR);
    users.setEnabled("root", false);

    assertThat(users.count()).isEqualTo(3);
    assertThat(users.countEnabled(Role.ADMIN)).isEqualTo(1);
    assertThat(users.countEnabled(Role.VIEWER)).isZero();
  }

  @Test
  void toStringKeepsTheHashOutOfLogs() {
    StoredUser alice = ((CreateUserResult.Created) users.create("alice", HASH, Role.ADMIN)).user();

    assertThat(alice.toString()).contains("alice").doesNotContain(HASH);
  }
}
