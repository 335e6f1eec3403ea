package dev.dialtone.ui.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.dialtone.flow.Problem;
import dev.dialtone.runtime.problems.ConflictException;
import dev.dialtone.runtime.problems.InvalidInputException;
import dev.dialtone.runtime.problems.NotFoundException;
import dev.dialtone.runtime.users.AdminGuardedChange;
import dev.dialtone.runtime.users.CreateUserResult;
import dev.dialtone.runtime.users.Role;
import dev.dialtone.runtime.users.StoredUser;
import dev.dialtone.runtime.users.UserRepository;
import dev.dialtone.ui.security.UserSessions;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class UserAdministrationTest {

  private final UserRepository repository = mock(UserRepository.class);
  private final PasswordEncoder encoder =
      PasswordEncoderFactories.createDelegatingPasswordEncoder();
  private final UserSessions sessions = mock(UserSessions.class);
  private final UserAdministration users = new UserAdministration(repository, encoder, sessions);

  @Test
  void theLastEnabledAdminCannotBeDemoted() {
    when(repository.updateRole("admin", Role.EDITOR)).thenReturn(AdminGuardedChange.LAST_ADMIN);

    assertThatThrownBy(() -> users.changeRole(user("admin", Role.ADMIN, true), Role.EDITOR))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> {
              assertThat(e.code()).isEqualTo("last_admin");
              assertThat(e.getMessage())
                  .isEqualTo(
                      "cannot demote admin: it is the last enabled admin. Make another user an"
                          + " admin first, or nobody could manage users any more");
            });
    verify(sessions, never()).end(anyString());
  }

  @Test
  void theLastEnabledAdminCannotBeDisabled() {
    when(repository.setEnabled("admin", false)).thenReturn(AdminGuardedChange.LAST_ADMIN);

    assertThatThrownBy(() -> users.setEnabled(user("admin", Role.ADMIN, true), false))
        .isInstanceOf(ConflictException.class)
        .hasMessageStartingWith("cannot disable admin: it is the last enabled admin");
  }

  @Test
  void disablingAUserEndsTheirSessions() {
    when(repository.setEnabled("ann", false)).thenReturn(AdminGuardedChange.UPDATED);

    users.setEnabled(user("ann", Role.EDITOR, true), false);

    verify(sessions).end("ann");
  }

  @Test
  void aChangedRoleEndsTheUsersSessionsSoTheNewRoleApplies() {
    when(repository.updateRole("ann", Role.VIEWER)).thenReturn(AdminGuardedChange.UPDATED);

    users.changeRole(user("ann", Role.ADMIN, true), Role.VIEWER);

    verify(sessions).end("ann");
  }

  @Test
  void aUserDeletedMeanwhileIsReportedAsNotFound() {
    when(repository.updateRole("gone", Role.VIEWER)).thenReturn(AdminGuardedChange.NOT_FOUND);

    assertThatThrownBy(() -> users.changeRole(user("gone", Role.EDITOR, true), Role.VIEWER))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void passwordsAreStoredHashed() {
    when(repository.create(eq("bob"), anyString(), eq(Role.EDITOR)))
        .thenAnswer(
            call ->
                new CreateUserResult.Created(
                    new StoredUser(
                        UUID.randomUUID(),
                        "bob",
                        call.getArgument(1),
                        Role.EDITOR,
                        true,
                        Instant.now())));

    StoredUser bob = users.create("bob", Role.EDITOR, "correct horse");

    assertThat(bob.passwordHash()).startsWith("{bcrypt}").doesNotContain("correct horse");
    assertThat(encoder.matches("correct horse", bob.passwordHash())).isTrue();
  }

  @Test
  void aShortPasswordAndABadNameAreRefusedPerFieldAndNothingIsStored() {
    assertThatThrownBy(() -> users.create("bob smith", Role.VIEWER, "short"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::field, Problem::code)
                    .containsExactly(
                        tuple("username", "invalid_username"), tuple("password", "weak_password")));
    verify(repository, never()).create(anyString(), anyString(), eq(Role.VIEWER));
  }

  @Test
  void aTakenNameIsRefusedOnTheNameField() {
    when(repository.create(eq("admin"), anyString(), eq(Role.VIEWER)))
        .thenReturn(new CreateUserResult.UsernameTaken("admin"));

    assertThatThrownBy(() -> users.create("admin", Role.VIEWER, "long enough"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().getFirst().field()).isEqualTo("username"));
  }

  private static StoredUser user(String name, Role role, boolean enabled) {
    return new StoredUser(UUID.randomUUID(), name, "{noop}x", role, enabled, Instant.now());
  }
}
