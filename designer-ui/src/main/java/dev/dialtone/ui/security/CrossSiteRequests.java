package dev.dialtone.ui.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Set;

/**
 * Whether a request was sent by a page of another site. Browsers say so in {@code Sec-Fetch-Site}
 * and {@code Origin}; scripts (curl, integrations) send neither and are not cross-site. The origin
 * is compared with the Host the browser addressed, so it works behind a proxy that keeps the Host.
 */
final class CrossSiteRequests {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private CrossSiteRequests() {}

  static boolean changesState(HttpServletRequest request) {
    return !SAFE_METHODS.contains(request.getMethod());
  }

  static boolean crossSite(HttpServletRequest request) {
    String site = request.getHeader("Sec-Fetch-Site");
    if (site != null && !site.equals("same-origin") && !site.equals("none")) {
      return true;
    }
    String origin = request.getHeader("Origin");
    if (origin == null) {
      return false;
    }
    String host = request.getHeader("Host");
    return host == null || !host.equalsIgnoreCase(authority(origin));
  }

  private static String authority(String origin) {
    try {
      String authority = URI.create(origin).getRawAuthority();
      return authority == null ? "" : authority;
    } catch (IllegalArgumentException e) {
      return ""; // "null" and garbage match no host
    }
  }
}
