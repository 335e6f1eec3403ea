package dev.dialtone.node;

import dev.dialtone.runtime.users.StoredUser;
import dev.dialtone.runtime.users.UserRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A runtime node answers monitoring only: {@code /actuator/health} for anyone (no details), the
 * rest of {@code /actuator} (Prometheus) for admins of the shared user table over HTTP Basic, and
 * nothing else — there are no pages or API here.
 */
@Configuration
@EnableWebSecurity
class RuntimeNodeSecurity {

  @Bean
  @Order(10)
  SecurityFilterChain runtimeNodeFilterChain(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers("/actuator/health", "/actuator/health/**")
                    .permitAll()
                    .requestMatchers("/actuator/**")
                    .hasRole("ADMIN")
                    .anyRequest()
                    .denyAll())
        .httpBasic(Customizer.withDefaults())
        .csrf(csrf -> csrf.disable())
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    return http.build();
  }

  @Bean
  UserDetailsService runtimeNodeUsers(UserRepository users) {
    return username -> {
      StoredUser user =
          users
              .findByUsername(username)
              .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
      return User.withUsername(user.username())
          .password(user.passwordHash())
          .roles(user.role().name())
          .disabled(!user.enabled())
          .build();
    };
  }

  @Bean
  PasswordEncoder runtimeNodePasswordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }
}
