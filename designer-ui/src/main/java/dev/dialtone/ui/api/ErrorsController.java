package dev.dialtone.ui.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /error}: the container's error answers (e.g. a status a security filter decided) as
 * problems JSON, with the status that was decided. Opened directly there is no error: 404, never
 * the 500 Boot's default answers then.
 */
@RestController
class ErrorsController implements ErrorController {

  @RequestMapping("/error")
  ResponseEntity<ProblemsBody> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status =
        code instanceof Integer value && HttpStatus.resolve(value) != null
            ? HttpStatus.resolve(value)
            : HttpStatus.NOT_FOUND;
    return ResponseEntity.status(status).body(ProblemsBody.of(code(status), message(status)));
  }

  private static String code(HttpStatus status) {
    return switch (status) {
      case UNAUTHORIZED -> "authentication_required";
      case FORBIDDEN -> "forbidden";
      case NOT_FOUND -> "not_found";
      case CONTENT_TOO_LARGE -> "too_large";
      case TOO_MANY_REQUESTS -> "too_many_attempts";
      default -> status.is5xxServerError() ? "internal_error" : "bad_request";
    };
  }

  private static String message(HttpStatus status) {
    return status.is5xxServerError()
        ? "something went wrong on our side; the log has details"
        : status.getReasonPhrase().toLowerCase();
  }
}
