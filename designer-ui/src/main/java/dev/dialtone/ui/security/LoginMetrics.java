package dev.dialtone.ui.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Counts refused password logins ({@code dialtone.logins.refused}, tag {@code reason}:
 * wrong_password, throttled) when the application has a meter registry; nothing otherwise.
 */
final class LoginMetrics {

  static final String REFUSED = "dialtone.logins.refused";

  private final ObjectProvider<MeterRegistry> registry;

  LoginMetrics(ObjectProvider<MeterRegistry> registry) {
    this.registry = registry;
  }

  void refused(String reason) {
    registry.ifAvailable(
        meters ->
            Counter.builder(REFUSED)
                .description("password logins refused")
                .tag("reason", reason)
                .register(meters)
                .increment());
  }
}
