package dev.dialtone.ui.api;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;

/**
 * Who is asking, known before any login is checked so that refusing costs next to nothing: the API
 * token (by a digest of it, never the secret itself), the Basic username, or else the client's
 * address. A made-up credential gets a key of its own but also its 401 at once.
 */
final class ApiClientKey {

  private static final String BEARER = "Bearer ";
  private static final BasicAuthenticationConverter BASIC = new BasicAuthenticationConverter();

  private ApiClientKey() {}

  static String of(HttpServletRequest request) {
    String authorization = request.getHeader("Authorization");
    if (authorization != null) {
      if (authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
        return "token:" + digest(authorization.substring(BEARER.length()).strip());
      }
      String user = basicUser(request);
      if (user != null) {
        return "user:" + user;
      }
    }
    return "address:" + request.getRemoteAddr();
  }

  /** The Basic username, as the login will read it; null for anything else. */
  private static String basicUser(HttpServletRequest request) {
    try {
      UsernamePasswordAuthenticationToken basic = BASIC.convert(request);
      return basic == null ? null : basic.getName();
    } catch (AuthenticationException e) {
      return null; // malformed: the login will say so; count it against the address
    }
  }

  private static String digest(String secret) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
