package dev.dialtone.runtime.engine;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.net.URI;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The Zeebe engine (in-process by default, or an external gateway) and the client to reach it. */
@AutoConfiguration
@EnableConfigurationProperties(ZeebeProperties.class)
public class ZeebeEngineConfiguration {

  @Bean(destroyMethod = "close")
  @ConditionalOnProperty(
      name = "dialtone.zeebe.mode",
      havingValue = "embedded",
      matchIfMissing = true)
  @ConditionalOnMissingBean
  EmbeddedZeebe embeddedZeebe(ZeebeProperties properties) {
    return new EmbeddedZeebe(properties.embeddedStateMemory().toBytes());
  }

  /** The engine itself, for tools and tests that read its record stream. */
  @Bean
  @ConditionalOnBean(EmbeddedZeebe.class)
  ZeebeTestEngine embeddedZeebeEngine(EmbeddedZeebe embedded) {
    return embedded.engine();
  }

  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  CamundaClient camundaClient(ZeebeProperties properties, ObjectProvider<EmbeddedZeebe> embedded) {
    URI gateway = gatewayAddress(properties, embedded.getIfAvailable());
    return CamundaClient.newClientBuilder()
        .grpcAddress(gateway)
        .preferRestOverGrpc(false)
        .defaultJobWorkerStreamEnabled(true)
        .defaultJobTimeout(properties.jobTimeout())
        .build();
  }

  private static URI gatewayAddress(ZeebeProperties properties, EmbeddedZeebe embedded) {
    if (properties.embedded()) {
      return URI.create(embedded.gatewayAddress());
    }
    if (properties.gatewayAddress() == null) {
      throw new IllegalStateException(
          "dialtone.zeebe.mode=external needs dialtone.zeebe.gateway-address, e.g. http://zeebe:26500");
    }
    return properties.gatewayAddress();
  }
}
