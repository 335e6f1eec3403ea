package dev.dialtone.ui.security;

/** What a user may do: viewers look, editors change flows and numbers, admins also manage users. */
public enum Role {
  ADMIN,
  EDITOR,
  VIEWER
}
