package dev.dialtone.ui.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.dialtone.flow.Problem;
import dev.dialtone.runtime.problems.ConflictException;
import dev.dialtone.runtime.problems.InvalidInputException;
import dev.dialtone.runtime.users.CreateUserResult;
import dev.dialtone.runtime.users.Role;
import dev.dialtone.runtime.users.StoredUser;
import dev.dialtone.runtime.users.UserRepository;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class UserAdministrationTest {

  private final UserRepository repository = mock(UserRepository.class);
  private final PasswordEncoder encoder =
      PasswordEncoderFactories.createDelegatingPasswordEncoder();
  private final UserAdministration users = new UserAdministration(repository, encoder);

  @Test
  void theLastEnabledAdminCannotBeDemoted() {
    when(repository.countEnabled(Role.ADMIN)).thenReturn(1);

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
    verify(repository, never()).updateRole(anyString(), eq(Role.EDITOR));
  }

  @Test
  void theLastEnabledAdminCannotBeDisabled() {
    when(repository.countEnabled(Role.ADMIN)).thenReturn(1);

    assertThatThrownBy(() -> users.setEnabled(user("admin", Role.ADMIN, true), false))
        .isInstanceOf(ConflictException.class)
        .hasMessageStartingWith("cannot disable admin: it is the last enabled admin");
    verify(repository, never()).setEnabled(anyString(), anyBoolean());
  }

  @Test
  void anAdminMayBeDemotedWhileAnotherIsEnabled() {
    when(repository.countEnabled(Role.ADMIN)).thenReturn(2);
    when(repository.updateRole("ann", Role.VIEWER)).thenReturn(true);

    users.changeRole(user("ann", Role.ADMIN, true), Role.VIEWER);

    verify(repository).updateRole("ann", Role.VIEWER);
  }

  @Test
  void aDisabledAdminMayBeDemotedEvenWhenTheOnlyEnabledAdminIsSomeoneElse() {
    when(repository.countEnabled(Role.ADMIN)).thenReturn(1);
    when(repository.updateRole("old", Role.EDITOR)).thenReturn(true);

    users.changeRole(user("old", Role.ADMIN, false), Role.EDITOR);

    verify(repository).updateRole("old", Role.EDITOR);
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
