package dev.dialtone.ui.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/**
 * Who is using the designer and what they may do. Roles are checked with their hierarchy (an admin
 * may edit) so views never compare role names themselves.
 */
@Component
public class CurrentUser {

  private final AuthenticationContext authentication;

  CurrentUser(AuthenticationContext authentication) {
    this.authentication = authentication;
  }

  public String name() {
    return authentication.getPrincipalName().orElse("");
  }

  public boolean isAdmin() {
    return authentication.hasRole("ADMIN");
  }

  public boolean canEdit() {
    return authentication.hasAnyRole("ADMIN", "EDITOR");
  }

  public void logout() {
    authentication.logout();
  }
}
