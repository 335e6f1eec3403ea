package dev.dialtone.ui.security;

import dev.dialtone.ui.api.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The API's answers to "who are you?" and "not you": problems JSON, and deliberately no {@code
 * WWW-Authenticate: Basic} challenge, so that a browser never prompts for and then caches Basic
 * credentials that another site's forms could ride on.
 */
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

  private final ProblemResponses problems;

  ApiAuthenticationEntryPoint(ProblemResponses problems) {
    this.problems = problems;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
      throws IOException {
    if (failure instanceof LoginThrottledException throttled) {
      response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
      problems.write(
          response,
          HttpStatus.TOO_MANY_REQUESTS.value(),
          "too_many_attempts",
          failure.getMessage());
      return;
    }
    problems.write(
        response,
        HttpStatus.UNAUTHORIZED.value(),
        "authentication_required",
        "log in with an API token (Authorization: Bearer …) or HTTP Basic");
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
      throws IOException {
    problems.write(
        response, HttpStatus.FORBIDDEN.value(), "forbidden", "your role does not allow this");
  }
}
