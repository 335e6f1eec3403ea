package dev.dialtone.runtime.health;

import dev.dialtone.runtime.engine.ZeebeEngineConfiguration;
import io.camunda.client.CamundaClient;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Health of what calls need from the runtime, for applications with Actuator ({@code
 * /actuator/health}): the engine here; the database is Actuator's own indicator.
 */
@AutoConfiguration(after = ZeebeEngineConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
public class RuntimeHealthConfiguration {

  /** Named so that it shows as {@code engine} in the health report. */
  @Bean
  HealthIndicator engineHealthIndicator(CamundaClient client) {
    return new EngineHealthIndicator(client);
  }
}
