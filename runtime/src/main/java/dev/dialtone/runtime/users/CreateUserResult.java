package dev.dialtone.runtime.users;

/** The outcome of {@link UserRepository#create}. */
public sealed interface CreateUserResult {

  record Created(StoredUser user) implements CreateUserResult {}

  /** Another user has this username (case-sensitive); nothing was stored. */
  record UsernameTaken(String username) implements CreateUserResult {}
}
