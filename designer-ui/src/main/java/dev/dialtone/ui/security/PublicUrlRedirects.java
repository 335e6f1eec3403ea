package dev.dialtone.ui.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Redirects never point at whatever {@code Host} a client sent (Spring Security builds the login
 * redirect from it, so {@code Host: evil.example} would send people there): a redirect to this
 * server goes to the configured public base URL ({@code dialtone.public-url}), or stays relative
 * when none is configured. Redirects to other sites are left alone.
 */
class PublicUrlRedirects extends OncePerRequestFilter {

  private final String publicUrl;

  /** {@code publicUrl}: e.g. {@code https://dialtone.example.com}; blank for relative redirects. */
  PublicUrlRedirects(String publicUrl) {
    this.publicUrl = normalized(publicUrl);
  }

  private static String normalized(String publicUrl) {
    if (publicUrl == null || publicUrl.isBlank()) {
      return "";
    }
    URI uri = URI.create(publicUrl.trim());
    if (!uri.isAbsolute() || uri.getHost() == null) {
      throw new IllegalArgumentException(
          "dialtone.public-url must be an absolute URL like https://dialtone.example.com, got "
              + publicUrl);
    }
    return publicUrl.trim().replaceAll("/+$", "");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(request, new Rewriting(request, response));
  }

  /** Where a redirect to {@code location} should point instead. */
  String rewrite(String location, HttpServletRequest request) {
    URI uri;
    try {
      uri = new URI(location);
    } catch (URISyntaxException e) {
      return location;
    }
    if (uri.isAbsolute()) {
      if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(request.getServerName())) {
        return location;
      }
      return publicUrl + pathOf(uri);
    }
    return location.startsWith("/") ? publicUrl + location : location;
  }

  private static String pathOf(URI uri) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    String fragment = uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment();
    return path + query + fragment;
  }

  private final class Rewriting extends HttpServletResponseWrapper {

    private final HttpServletRequest request;

    Rewriting(HttpServletRequest request, HttpServletResponse response) {
      super(response);
      this.request = request;
    }

    @Override
    public void sendRedirect(String location) throws IOException {
      super.sendRedirect(rewrite(location, request));
    }

    @Override
    public void setHeader(String name, String value) {
      super.setHeader(name, isLocation(name) ? rewrite(value, request) : value);
    }

    @Override
    public void addHeader(String name, String value) {
      super.addHeader(name, isLocation(name) ? rewrite(value, request) : value);
    }

    private static boolean isLocation(String name) {
      return HttpHeaders.LOCATION.equalsIgnoreCase(name);
    }
  }
}
