package dev.dialtone.ui.api;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers {@link ApiConcurrencyLimit} on the API, ahead of the security filters. */
@Configuration
class ApiLimitsConfiguration {

  // After the security headers (highest precedence), before logins: a login costs CPU too.
  @Bean
  FilterRegistrationBean<ApiConcurrencyLimit> apiConcurrencyLimit(
      @Value("${dialtone.api.max-concurrent-requests:0}") int configured,
      @Value("${dialtone.api.queue-timeout:5s}") Duration queueTimeout,
      ProblemResponses problems) {
    int maxConcurrent =
        configured > 0 ? configured : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    FilterRegistrationBean<ApiConcurrencyLimit> registration =
        new FilterRegistrationBean<>(
            new ApiConcurrencyLimit(maxConcurrent, queueTimeout, problems));
    registration.addUrlPatterns("/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }
}
