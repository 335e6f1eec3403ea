package dev.dialtone.ui.tokens;

import dev.dialtone.runtime.users.Role;
import java.util.Arrays;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The role an authenticated login holds: its one {@code ROLE_…} authority. */
public final class Logins {

  private Logins() {}

  public static Role role(Authentication login) {
    return login.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .flatMap(
            authority ->
                Arrays.stream(Role.values())
                    .filter(role -> authority.equals("ROLE_" + role.name())))
        .min(Enum::compareTo)
        .orElse(Role.VIEWER);
  }
}
