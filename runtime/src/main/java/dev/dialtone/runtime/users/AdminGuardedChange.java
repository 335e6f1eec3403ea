package dev.dialtone.runtime.users;

/** What became of a role or enabled change that must leave at least one enabled admin. */
public enum AdminGuardedChange {
  UPDATED,
  NOT_FOUND,
  /** Refused: the user is the last enabled admin and would stop being one. */
  LAST_ADMIN
}
