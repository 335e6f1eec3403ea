package dev.dialtone.ui.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A login refused without checking the password: too many recent failures, or too busy. */
public class LoginThrottledException extends AuthenticationException {

  private final Duration retryAfter;

  LoginThrottledException(String message, Duration retryAfter) {
    super(message);
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }

  /** Whole seconds, rounded up, at least one: what {@code Retry-After} says. */
  public long retryAfterSeconds() {
    return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
  }
}
