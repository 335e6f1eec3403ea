package dev.dialtone.runtime.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.CamundaClientBuilder;
import io.camunda.client.impl.CamundaClientBuilderImpl;
import io.camunda.client.impl.CamundaClientImpl;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
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
    CamundaClientBuilder builder =
        CamundaClient.newClientBuilder()
            .preferRestOverGrpc(false)
            .defaultJobWorkerStreamEnabled(true)
            .defaultJobTimeout(properties.jobTimeout());
    if (properties.embedded()) {
      // The builder has no option for an in-process channel; the client takes one as it is.
      CamundaClientBuilderImpl configuration = (CamundaClientBuilderImpl) builder;
      return new CamundaClientImpl(
          configuration, embedded.getObject().newChannel(configuration.getMaxMessageSize()));
    }
    return ExternalGateway.configure(builder, properties).build();
  }
}
