package dev.dialtone.ui.tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Token secrets: 256 random bits with a recognisable prefix (so a leaked one is easy to find in
 * logs and code), stored as their SHA-256. A slow password hash would buy nothing against a secret
 * nobody can guess, and would cost what tokens exist to avoid.
 */
final class TokenSecrets {

  static final String PREFIX = "dt_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private TokenSecrets() {}

  static String generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String hash(String secret) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** Cheap shape check, so that garbage is refused without a database lookup. */
  static boolean looksValid(String secret) {
    return secret.length() == PREFIX.length() + 43 && secret.startsWith(PREFIX);
  }
}
