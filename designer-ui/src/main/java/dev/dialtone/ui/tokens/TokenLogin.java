package dev.dialtone.ui.tokens;

import dev.dialtone.runtime.users.Role;
import java.util.UUID;

/** Who a valid bearer token acts for, and with which role (never above its creator's). */
public record TokenLogin(UUID tokenId, String username, Role role) {}
