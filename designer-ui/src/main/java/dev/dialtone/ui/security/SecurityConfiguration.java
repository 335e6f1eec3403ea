package dev.dialtone.ui.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dev.dialtone.ui.api.ProblemResponses;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Everything needs a login. The REST API authenticates each request with an API token (Bearer) or
 * HTTP Basic (see {@link PasswordLogins}), without a session, so no cookie can carry its authority;
 * viewers may read, editors and admins may change. The designer's pages use a session and the login
 * view. Both chains leave other paths (e.g. {@code /actuator/**}, {@code /media/prompts/**}) to
 * chains declared with a lower order.
 */
@Configuration
public class SecurityConfiguration {

  static final int API_ORDER = 10;
  static final int PAGES_ORDER = 20;

  @Bean
  @Order(API_ORDER)
  SecurityFilterChain apiSecurity(HttpSecurity http, ApiLogins logins, ProblemResponses problems)
      throws Exception {
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(HttpMethod.GET, "/api/**")
                    .hasRole("VIEWER")
                    .requestMatchers("/api/v1/tokens", "/api/v1/tokens/**")
                    .hasRole("VIEWER")
                    .requestMatchers("/api/v1/users/**")
                    .hasRole("ADMIN")
                    .anyRequest()
                    .hasRole("EDITOR"))
        .addFilterBefore(new ApiRequestGuard(problems), SecurityContextHolderFilter.class);
    logins.apply(http);
    http
        // stateless: no session, so no cookie authenticates an API request and no CSRF token is
        // needed; ApiRequestGuard refuses cross-site changes besides
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    return http.build();
  }

  @Bean
  @Order(PAGES_ORDER)
  SecurityFilterChain pageSecurity(
      HttpSecurity http, SessionRegistry sessions, PasswordLogins logins) throws Exception {
    http.authenticationManager(logins);
    http.addFilterBefore(new CrossSiteGuard(), CsrfFilter.class);
    // /error renders the status an API chain already decided (e.g. 401); it must not redirect.
    http.authorizeHttpRequests(requests -> requests.requestMatchers("/error").permitAll());
    // Vaadin's configurer: form login through LoginView, logout, Vaadin's own CSRF protection and
    // the framework's internal requests; every view declares who may open it.
    http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
    // Sessions are registered so that disabling a user, or changing their role or password, can
    // end the sessions they have open (UserSessions); an ended session goes back to the login.
    http.sessionManagement(
        session ->
            session.maximumSessions(-1).sessionRegistry(sessions).expiredUrl("/login?expired"));
    return http.build();
  }

  // Before every security chain, so that refusals carry the headers too.
  @Bean
  FilterRegistrationBean<SecurityHeaders> securityHeaders() {
    FilterRegistrationBean<SecurityHeaders> registration =
        new FilterRegistrationBean<>(new SecurityHeaders());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  // Before every security chain too: the login redirect is built there.
  @Bean
  FilterRegistrationBean<PublicUrlRedirects> publicUrlRedirects(
      @Value("${dialtone.public-url:}") String publicUrl) {
    FilterRegistrationBean<PublicUrlRedirects> registration =
        new FilterRegistrationBean<>(new PublicUrlRedirects(publicUrl));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  @Bean
  SessionRegistry sessionRegistry() {
    return new SessionRegistryImpl();
  }

  // Tells the registry when a session ends, so that it does not keep them all.
  @Bean
  static HttpSessionEventPublisher httpSessionEventPublisher() {
    return new HttpSessionEventPublisher();
  }

  @Bean
  static RoleHierarchy roleHierarchy() {
    return RoleHierarchyImpl.withDefaultRolePrefix()
        .role("ADMIN")
        .implies("EDITOR")
        .role("EDITOR")
        .implies("VIEWER")
        .build();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }
}
