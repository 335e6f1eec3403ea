package dev.dialtone.ui.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Everything needs a login. The REST API authenticates each request (HTTP Basic, no session, so no
 * CSRF token); viewers may read, editors and admins may change. The designer's pages use a session
 * and the login view.
 */
@Configuration
public class SecurityConfiguration {

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(HttpMethod.GET, "/api/**")
                    .hasRole("VIEWER")
                    .requestMatchers("/api/v1/users/**")
                    .hasRole("ADMIN")
                    .anyRequest()
                    .hasRole("EDITOR"))
        .httpBasic(Customizer.withDefaults())
        .csrf(csrf -> csrf.disable())
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain pageSecurity(HttpSecurity http, SessionRegistry sessions) throws Exception {
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
