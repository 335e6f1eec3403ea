package dev.dialtone.ui.api;

import dev.dialtone.runtime.problems.NotFoundException;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any path under {@code /api/} that no controller serves: 404 with the problems JSON, instead of
 * falling through to the designer's HTML page. Every real mapping is more specific and wins.
 */
// not an endpoint of the API: it answers for the ones that do not exist
@Hidden
@RestController
class UnknownEndpointController {

  @RequestMapping("/api/**")
  void unknown(HttpServletRequest request) {
    throw new NotFoundException(
        "no endpoint " + request.getMethod() + " " + Echo.truncate(request.getRequestURI()));
  }
}
