package dev.dialtone.ui.security;

import dev.dialtone.runtime.users.UserRepository;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Every username/password login (HTTP Basic on the API, the login form): a recently verified pair
 * costs an HMAC; otherwise the throttle decides whether to check at all, and the check runs on the
 * {@link PasswordCheckPool}. Whatever changes a user (password, role, enabled) goes through {@link
 * UserRepository}, which tells this class to forget them, so a changed password stops working at
 * once.
 */
@Component
class PasswordLogins implements AuthenticationManager, AutoCloseable {

  private final DaoAuthenticationProvider passwords;
  private final VerifiedLogins verified;
  private final LoginThrottle throttle;
  private final PasswordCheckPool pool;
  private final LoginMetrics metrics;

  PasswordLogins(
      UserDetailsService users,
      PasswordEncoder encoder,
      UserRepository userRepository,
      ObjectProvider<MeterRegistry> meters,
      @Value("${dialtone.security.verified-login-ttl:60s}") Duration verifiedTtl,
      @Value("${dialtone.security.free-login-failures:5}") int freeFailures,
      @Value("${dialtone.security.password-check-threads:1}") int checkThreads) {
    this.passwords = new DaoAuthenticationProvider(users);
    this.passwords.setPasswordEncoder(encoder);
    this.verified = new VerifiedLogins(verifiedTtl, Clock.systemUTC());
    this.throttle = new LoginThrottle(freeFailures, Clock.systemUTC());
    this.pool = new PasswordCheckPool(checkThreads, 64);
    this.metrics = new LoginMetrics(meters);
    userRepository.onChange(verified::forget);
  }

  @Override
  public Authentication authenticate(Authentication attempt) {
    String username = attempt.getName();
    String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
    Optional<Authentication> known = verified.find(username, password);
    if (known.isPresent()) {
      return fresh(known.get(), attempt);
    }
    String address = address(attempt);
    try {
      throttle.check(username, address);
    } catch (LoginThrottledException e) {
      metrics.refused("throttled");
      throw e;
    }
    long generation = verified.generation();
    Authentication login;
    try {
      login = pool.check(() -> passwords.authenticate(attempt));
    } catch (BadCredentialsException e) {
      throttle.failed(username, address);
      metrics.refused("wrong_password");
      throw e;
    }
    throttle.succeeded(username);
    // the stored hash must not travel on in the principal (sessions, the cache)
    if (login instanceof CredentialsContainer container) {
      container.eraseCredentials();
    }
    verified.remember(username, password, login, generation);
    return fresh(login, attempt);
  }

  /**
   * Forgets the verified passwords of a user (also done on every change through the repository).
   */
  void forget(String username) {
    verified.forget(username);
  }

  // A new token per request: the remembered one is shared, and each request has its own details.
  private static Authentication fresh(Authentication login, Authentication attempt) {
    UsernamePasswordAuthenticationToken token =
        UsernamePasswordAuthenticationToken.authenticated(
            login.getPrincipal(), null, login.getAuthorities());
    token.setDetails(attempt.getDetails());
    return token;
  }

  private static String address(Authentication attempt) {
    return attempt.getDetails() instanceof WebAuthenticationDetails details
            && details.getRemoteAddress() != null
        ? details.getRemoteAddress()
        : "unknown";
  }

  @Override
  public void close() {
    pool.close();
  }
}
