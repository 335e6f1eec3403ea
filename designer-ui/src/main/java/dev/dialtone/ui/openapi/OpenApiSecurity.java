package dev.dialtone.ui.openapi;

import dev.dialtone.ui.security.ApiLogins;
import java.util.LinkedHashMap;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The API document and Swagger UI are for logged-in users only. Unlike the rest of the API, they
 * also accept the designer's session, so that a person logged in to the designer can open Swagger
 * UI and it can load the document; tokens and Basic work as on the API. Only reading is allowed
 * here, so a session cookie cannot change anything through this chain. Swagger UI's "Try it out"
 * calls the API itself, which wants a token or Basic ("Authorize").
 */
@Configuration
class OpenApiSecurity {

  static final String DOCUMENT = "/api/v1/openapi.json";
  static final String SWAGGER_UI = "/swagger-ui";

  // Ahead of the API chain (order 10), which would take the document as a stateless API request.
  @Bean
  @Order(5)
  SecurityFilterChain openApiChain(HttpSecurity http, ApiLogins logins) throws Exception {
    http.securityMatcher(DOCUMENT, DOCUMENT + "/**", SWAGGER_UI + ".html", SWAGGER_UI + "/**");
    AuthenticationEntryPoint json = logins.apply(http);
    RequestMatcher browserPages =
        request -> request.getRequestURI().startsWith(request.getContextPath() + SWAGGER_UI);
    LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> entryPoints = new LinkedHashMap<>();
    entryPoints.put(browserPages, new LoginUrlAuthenticationEntryPoint("/login"));
    DelegatingAuthenticationEntryPoint entryPoint =
        new DelegatingAuthenticationEntryPoint(entryPoints);
    entryPoint.setDefaultEntryPoint(json);
    http.authorizeHttpRequests(
            requests ->
                requests.requestMatchers(HttpMethod.GET).hasRole("VIEWER").anyRequest().denyAll())
        .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint));
    return http.build();
  }
}
