package dev.dialtone.ui.tokens;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request authenticated by an API token: it acts as the token's creator, with the token's role.
 */
public final class TokenAuthentication extends AbstractAuthenticationToken {

  private final TokenLogin login;

  public TokenAuthentication(TokenLogin login) {
    super(List.of(new SimpleGrantedAuthority("ROLE_" + login.role().name())));
    this.login = login;
    setAuthenticated(true);
  }

  public TokenLogin login() {
    return login;
  }

  @Override
  public Object getCredentials() {
    return "";
  }

  @Override
  public Object getPrincipal() {
    return login.username();
  }

  @Override
  public String getName() {
    return login.username();
  }
}
