package dev.dialtone.ui.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The pages' chain refuses state changes sent by another site. Vaadin protects its own requests
 * with a token; this also covers the login form (login CSRF: a foreign page logging the browser in
 * as the attacker) and logout. Not a bean: it runs only in the pages' chain.
 */
class CrossSiteGuard extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (CrossSiteRequests.changesState(request) && CrossSiteRequests.crossSite(request)) {
      response.sendError(HttpStatus.FORBIDDEN.value());
      return;
    }
    chain.doFilter(request, response);
  }
}
