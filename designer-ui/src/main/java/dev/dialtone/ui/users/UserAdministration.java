package dev.dialtone.ui.users;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * What an admin may do to logins, with the rules the repository does not know: passwords are only
 * stored hashed, and the last enabled admin can be neither demoted nor disabled (nobody could
 * manage users any more). Refusals are {@link InvalidInputException} (per field) or {@link
 * ConflictException}; nothing is stored then.
 */
@Component
class UserAdministration {

  static final int MIN_PASSWORD_LENGTH = 8;
  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

  private final UserRepository users;
  private final PasswordEncoder encoder;
  private final UserSessions sessions;

  UserAdministration(UserRepository users, PasswordEncoder encoder, UserSessions sessions) {
    this.users = users;
    this.encoder = encoder;
    this.sessions = sessions;
  }

  List<StoredUser> list() {
    return users.list();
  }

  StoredUser create(String username, Role role, String password) {
    List<Problem> problems = new ArrayList<>();
    if (username == null || !USERNAME.matcher(username).matches()) {
      problems.add(
          Problem.ofDocument(
              "username",
              "invalid_username",
              "user name must be 1 to 64 letters, digits or . _ @ -"));
    }
    passwordProblem(password).ifPresent(problems::add);
    if (role == null) {
      problems.add(Problem.ofDocument("role", "missing_value", "pick a role"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return switch (users.create(username, encoder.encode(password), role)) {
      case CreateUserResult.Created created -> created.user();
      case CreateUserResult.UsernameTaken taken ->
          throw InvalidInputException.of(
              "username", "username_taken", "user name " + username + " is taken");
    };
  }

  void changeRole(StoredUser user, Role role) {
    outcome(user, "demote", users.updateRole(user.username(), role));
  }

  void resetPassword(StoredUser user, String password) {
    passwordProblem(password)
        .ifPresent(
            problem -> {
              throw new InvalidInputException(List.of(problem));
            });
    if (!users.updatePasswordHash(user.username(), encoder.encode(password))) {
      throw new NotFoundException("no user " + user.username());
    }
    sessions.end(user.username());
  }

  void setEnabled(StoredUser user, boolean enabled) {
    outcome(user, "disable", users.setEnabled(user.username(), enabled));
  }

  // A changed role or a disabled login takes effect at once: the user's sessions end, and the next
  // thing they do in the designer asks them to log in again (the REST API checks every request).
  private void outcome(StoredUser user, String verb, AdminGuardedChange change) {
    switch (change) {
      case UPDATED -> sessions.end(user.username());
      case NOT_FOUND -> throw new NotFoundException("no user " + user.username());
      case LAST_ADMIN ->
          throw new ConflictException(
              "last_admin",
              "cannot "
                  + verb
                  + " "
                  + user.username()
                  + ": it is the last enabled admin. Make another user an admin first, or nobody could"
                  + " manage users any more");
    }
  }

  private static Optional<Problem> passwordProblem(String password) {
    if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
      return Optional.of(
          Problem.ofDocument(
              "password",
              "weak_password",
              "the password must have at least " + MIN_PASSWORD_LENGTH + " characters"));
    }
    return Optional.empty();
  }
}
