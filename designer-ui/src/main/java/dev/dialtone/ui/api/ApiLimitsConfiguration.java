package dev.dialtone.ui.api;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.Filter;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers {@link ApiRateLimit}, {@link ApiPacing} and then {@link ApiConcurrencyLimit} on the
 * API, ahead of the security filters: a client over its allowance is refused before it waits for a
 * slot, takes a turn or a login is checked.
 */
@Configuration
class ApiLimitsConfiguration {

  // All clients together, per core: see docs/security.md for the dead air measured at this rate.
  static final int TOTAL_PER_CORE = 60;

  @Bean
  @ConditionalOnProperty(
      name = "dialtone.api.rate-limit.enabled",
      havingValue = "true",
      matchIfMissing = true)
  FilterRegistrationBean<ApiRateLimit> apiRateLimit(
      @Value("${dialtone.api.rate-limit.per-second:100}") double perSecond,
      @Value("${dialtone.api.rate-limit.burst:200}") int burst,
      ProblemResponses problems,
      ObjectProvider<MeterRegistry> meters) {
    Counter refused =
        Counter.builder("dialtone.api.rate.limited")
            .description("API requests refused with 429: the client was over its allowance")
            .register(meters.getIfAvailable(SimpleMeterRegistry::new));
    return onTheApi(
        new ApiRateLimit(
            perSecond, burst, problems, refused::increment, System::nanoTime, Pause.sleeping()),
        9);
  }

  @Bean
  @ConditionalOnProperty(
      name = "dialtone.api.rate-limit.enabled",
      havingValue = "true",
      matchIfMissing = true)
  FilterRegistrationBean<ApiPacing> apiPacing(
      @Value("${dialtone.api.rate-limit.total-per-second:0}") double configured,
      @Value("${dialtone.api.rate-limit.total-burst:0}") int configuredBurst,
      @Value("${dialtone.api.queue-timeout:5s}") Duration queueTimeout,
      ProblemResponses problems) {
    double perSecond =
        configured > 0 ? configured : TOTAL_PER_CORE * Runtime.getRuntime().availableProcessors();
    int burst = configuredBurst > 0 ? configuredBurst : (int) Math.max(1, perSecond / 5);
    return onTheApi(
        new ApiPacing(
            perSecond, burst, queueTimeout.toNanos(), problems, System::nanoTime, Pause.sleeping()),
        10);
  }

  // After the security headers (highest precedence), before logins: a login costs CPU too.
  @Bean
  FilterRegistrationBean<ApiConcurrencyLimit> apiConcurrencyLimit(
      @Value("${dialtone.api.max-concurrent-requests:0}") int configured,
      @Value("${dialtone.api.queue-timeout:5s}") Duration queueTimeout,
      ProblemResponses problems) {
    int maxConcurrent =
        configured > 0 ? configured : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    return onTheApi(new ApiConcurrencyLimit(maxConcurrent, queueTimeout, problems), 11);
  }

  /** {@code filter} on {@code /api/*}, {@code place} after the highest precedence. */
  private static <F extends Filter> FilterRegistrationBean<F> onTheApi(F filter, int place) {
    FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
    registration.addUrlPatterns("/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + place);
    return registration;
  }
}
