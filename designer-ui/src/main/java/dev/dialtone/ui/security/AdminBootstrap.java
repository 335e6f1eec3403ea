package dev.dialtone.ui.security;

import dev.dialtone.runtime.users.Role;
import dev.dialtone.runtime.users.UserRepository;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * On first start (no users yet) creates {@code admin} with the password from
 * DIALTONE_ADMIN_PASSWORD, or a generated one that is printed once so the operator can log in.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);
  static final String ADMIN = "admin";

  private final UserRepository users;
  private final PasswordEncoder encoder;
  private final String configuredPassword;

  AdminBootstrap(
      UserRepository users,
      PasswordEncoder encoder,
      @Value("${DIALTONE_ADMIN_PASSWORD:}") String configuredPassword) {
    this.users = users;
    this.encoder = encoder;
    this.configuredPassword = configuredPassword;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (users.count() > 0) {
      return;
    }
    boolean generated = configuredPassword.isBlank();
    String password = generated ? generatePassword() : configuredPassword;
    users.create(ADMIN, encoder.encode(password), Role.ADMIN);
    if (generated) {
      LOG.warn(
          "Created user '{}' with generated password {} — change it after logging in",
          ADMIN,
          password);
    } else {
      LOG.info("Created user '{}' with the password from DIALTONE_ADMIN_PASSWORD", ADMIN);
    }
  }

  private static String generatePassword() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
