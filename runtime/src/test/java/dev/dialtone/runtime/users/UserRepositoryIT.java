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

    assertThat(users.updateRole("bob", Role.EDITOR)).isTrue();
    assertThat(users.updatePasswordHash("bob", "{noop}new")).isTrue();
    assertThat(users.setEnabled("bob", false)).isTrue();

    StoredUser bob = users.findByUsername("bob").orElseThrow();
    assertThat(bob.role()).isEqualTo(Role.EDITOR);
    assertThat(bob.passwordHash()).isEqualTo("{noop}new");
    assertThat(bob.enabled()).isFalse();
  }

  @Test
  void changingAnUnknownUserReturnsFalse() {
    assertThat(users.updateRole("nobody", Role.ADMIN)).isFalse();
    assertThat(users.updatePasswordHash("nobody", HASH)).isFalse();
    assertThat(users.setEnabled("nobody", true)).isFalse();
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
