package dev.dialtone.ui.security;

import dev.dialtone.ui.api.ProblemResponses;
import dev.dialtone.ui.api.RequestBodyLimit;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks an API request before anyone looks at credentials: a state change must not come from
 * another site, must say it is JSON (a cross-site HTML form cannot send {@code application/json},
 * so this holds for body-less POSTs too), and no body may exceed the limit. Not a bean: it runs
 * only in the API's filter chain.
 */
class ApiRequestGuard extends OncePerRequestFilter {

  private final ProblemResponses problems;

  ApiRequestGuard(ProblemResponses problems) {
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (CrossSiteRequests.changesState(request)) {
      if (CrossSiteRequests.crossSite(request)) {
        problems.write(
            response,
            HttpStatus.FORBIDDEN.value(),
            "cross_site_request",
            "changes through the API cannot be sent from another site");
        return;
      }
      if (needsJson(request) && !isJson(request.getContentType())) {
        problems.write(
            response,
            HttpStatus.UNSUPPORTED_MEDIA_TYPE.value(),
            "unsupported_media_type",
            "send Content-Type: application/json (also when there is no body)");
        return;
      }
    }
    if (request.getContentLengthLong() > RequestBodyLimit.MAX_BYTES) {
      problems.write(
          response, HttpStatus.CONTENT_TOO_LARGE.value(), "too_large", RequestBodyLimit.MESSAGE);
      return;
    }
    chain.doFilter(RequestBodyLimit.wrap(request), response);
  }

  private static boolean needsJson(HttpServletRequest request) {
    String method = request.getMethod();
    return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
  }

  private static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    try {
      MediaType type = MediaType.parseMediaType(contentType);
      return MediaType.APPLICATION_JSON.isCompatibleWith(type)
          || type.getSubtype().endsWith("+json");
    } catch (InvalidMediaTypeException e) {
      return false;
    }
  }
}
