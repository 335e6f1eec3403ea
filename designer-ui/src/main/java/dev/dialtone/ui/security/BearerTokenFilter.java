package dev.dialtone.ui.security;

import dev.dialtone.ui.tokens.ApiTokens;
import dev.dialtone.ui.tokens.TokenAuthentication;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>}: one indexed lookup, no password hash. An unknown, revoked
 * or expired token is a 401 at once (it does not fall through to another login). Not a bean, so
 * that it runs only inside the API's filter chain.
 */
class BearerTokenFilter extends OncePerRequestFilter {

  private static final String BEARER = "Bearer ";

  private final ApiTokens tokens;
  private final AuthenticationEntryPoint entryPoint;

  // The strategy the rest of the chain uses (Vaadin brings its own), not whatever is global.
  private final SecurityContextHolderStrategy contexts;

  BearerTokenFilter(
      ApiTokens tokens,
      AuthenticationEntryPoint entryPoint,
      SecurityContextHolderStrategy contexts) {
    this.tokens = tokens;
    this.entryPoint = entryPoint;
    this.contexts = contexts;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<String> secret = secret(request.getHeader("Authorization"));
    if (secret.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    var login = tokens.authenticate(secret.get());
    if (login.isEmpty()) {
      contexts.clearContext();
      entryPoint.commence(
          request,
          response,
          new BadCredentialsException("the token is unknown, revoked or expired"));
      return;
    }
    SecurityContext context = contexts.createEmptyContext();
    context.setAuthentication(new TokenAuthentication(login.get()));
    contexts.setContext(context);
    chain.doFilter(request, response);
  }

  private static Optional<String> secret(String header) {
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return Optional.empty();
    }
    return Optional.of(header.substring(BEARER.length()).strip());
  }
}
