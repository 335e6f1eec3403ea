package dev.dialtone.runtime.users;

/** Stored by name (upper case), which is also what Spring Security's {@code hasRole} expects. */
public enum Role {
  ADMIN,
  EDITOR,
  VIEWER
}
