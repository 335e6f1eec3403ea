package dev.dialtone.ui.security;

import dev.dialtone.ui.api.ProblemResponses;
import dev.dialtone.ui.tokens.ApiTokens;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.stereotype.Component;

/**
 * How a request logs in to the API: an API token (Bearer) or HTTP Basic (see {@link
 * PasswordLogins}), refusals as the problems JSON and never a Basic challenge. Shared by every
 * chain that serves the API (the API itself and its OpenAPI document).
 */
@Component
public class ApiLogins {

  private final PasswordLogins logins;
  private final ApiTokens tokens;
  private final ProblemResponses problems;
  private final ObjectProvider<SecurityContextHolderStrategy> contexts;

  ApiLogins(
      PasswordLogins logins,
      ApiTokens tokens,
      ProblemResponses problems,
      ObjectProvider<SecurityContextHolderStrategy> contexts) {
    this.logins = logins;
    this.tokens = tokens;
    this.problems = problems;
    this.contexts = contexts;
  }

  /** Adds token and Basic logins to {@code http}; returns the JSON entry point it installed. */
  public AuthenticationEntryPoint apply(HttpSecurity http) throws Exception {
    ApiAuthenticationEntryPoint entryPoint = new ApiAuthenticationEntryPoint(problems);
    http.authenticationManager(logins)
        .addFilterAfter(
            new BearerTokenFilter(
                tokens,
                entryPoint,
                contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)),
            SecurityContextHolderFilter.class)
        .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
        .exceptionHandling(
            errors -> errors.authenticationEntryPoint(entryPoint).accessDeniedHandler(entryPoint));
    return entryPoint;
  }
}
