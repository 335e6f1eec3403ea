package dev.dialtone.ui.api;

import dev.dialtone.runtime.flows.CompilationLimitException;
import dev.dialtone.runtime.problems.ConflictException;
import dev.dialtone.runtime.problems.InvalidInputException;
import dev.dialtone.runtime.problems.NotFoundException;
import dev.dialtone.runtime.simulator.SimulatorInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure into {@code {"problems": [...]}} with the right status; never a stack trace.
 */
@RestControllerAdvice(basePackages = "dev.dialtone.ui")
class ApiErrors {

  private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<ProblemsBody> invalid(InvalidInputException e) {
    return ResponseEntity.badRequest().body(ProblemsBody.capped(e.problems()));
  }

  @ExceptionHandler(SimulatorInputException.class)
  ResponseEntity<ProblemsBody> invalidAction(SimulatorInputException e) {
    return ResponseEntity.badRequest()
        .body(ProblemsBody.ofField(e.field(), "invalid_value", e.getMessage()));
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ProblemsBody> notFound(NotFoundException e) {
    return status(HttpStatus.NOT_FOUND, "not_found", e.getMessage());
  }

  @ExceptionHandler(ConflictException.class)
  ResponseEntity<ProblemsBody> conflict(ConflictException e) {
    return status(HttpStatus.CONFLICT, e.code(), e.getMessage());
  }

  @ExceptionHandler(PreconditionRequiredException.class)
  ResponseEntity<ProblemsBody> preconditionRequired(PreconditionRequiredException e) {
    return status(HttpStatus.PRECONDITION_REQUIRED, "revision_required", e.getMessage());
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemsBody> denied(AccessDeniedException e) {
    return status(HttpStatus.FORBIDDEN, "forbidden", e.getMessage());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemsBody> unreadable(HttpMessageNotReadableException e) {
    if (tooLarge(e)) {
      return status(HttpStatus.CONTENT_TOO_LARGE, "too_large", RequestBodyLimit.MESSAGE);
    }
    return status(
        HttpStatus.BAD_REQUEST,
        "not_json",
        "the request body is missing or is not the JSON this endpoint takes");
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemsBody> badParameter(MethodArgumentTypeMismatchException e) {
    return ResponseEntity.badRequest()
        .body(
            ProblemsBody.ofField(
                e.getName(),
                "invalid_value",
                "'"
                    + e.getName()
                    + "' has an invalid value '"
                    + Echo.truncate(e.getValue())
                    + "'"));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ProblemsBody> missingParameter(MissingServletRequestParameterException e) {
    return ResponseEntity.badRequest()
        .body(
            ProblemsBody.ofField(
                e.getParameterName(),
                "missing_value",
                "'" + e.getParameterName() + "' is required"));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ProblemsBody> mediaType(HttpMediaTypeNotSupportedException e) {
    return status(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        "unsupported_media_type",
        "send the body as application/json");
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ProblemsBody> method(HttpRequestMethodNotSupportedException e) {
    return status(
        HttpStatus.METHOD_NOT_ALLOWED,
        "method_not_allowed",
        e.getMethod() + " is not supported here");
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ProblemsBody> noResource(NoResourceFoundException e) {
    return status(HttpStatus.NOT_FOUND, "not_found", "no such endpoint");
  }

  @ExceptionHandler(RequestBodyLimit.TooLarge.class)
  ResponseEntity<ProblemsBody> tooLarge(RequestBodyLimit.TooLarge e) {
    return status(HttpStatus.CONTENT_TOO_LARGE, "too_large", RequestBodyLimit.MESSAGE);
  }

  // The server is well; the flow's work hit its limit. Retry-After tells scripts when to retry.
  @ExceptionHandler(CompilationLimitException.class)
  ResponseEntity<ProblemsBody> compilationLimit(CompilationLimitException e) {
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, "1")
        .body(ProblemsBody.of(e.code(), e.getMessage()));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemsBody> unexpected(Exception e) {
    if (tooLarge(e)) {
      return tooLarge(new RequestBodyLimit.TooLarge());
    }
    LOG.error("unexpected failure", e);
    return status(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "internal_error",
        "something went wrong on our side; the log has details");
  }

  // The body limit is hit deep inside whatever reads the body; it arrives wrapped.
  private static boolean tooLarge(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof RequestBodyLimit.TooLarge) {
        return true;
      }
    }
    return false;
  }

  private static ResponseEntity<ProblemsBody> status(
      HttpStatus status, String code, String message) {
    return ResponseEntity.status(status).body(ProblemsBody.of(code, message));
  }
}
