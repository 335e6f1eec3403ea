package dev.dialtone.ui.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/** The designer's logged-in sessions, so that a change to a login can end them. */
@Component
public class UserSessions {

  private final SessionRegistry registry;

  UserSessions(SessionRegistry registry) {
    this.registry = registry;
  }

  /** Ends every session of the user: their next request in the designer asks them to log in. */
  public void end(String username) {
    registry.getAllPrincipals().stream()
        .filter(p -> p instanceof UserDetails details && details.getUsername().equals(username))
        .flatMap(p -> registry.getAllSessions(p, false).stream())
        .forEach(SessionInformation::expireNow);
  }
}
