package dev.dialtone.runtime.engine;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import java.net.URI;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The Zeebe engine (in-process by default, or an external gateway) and the client to reach it. */
@AutoConfiguration
@EnableConfigurationProperties(ZeebeProperties.class)
public class ZeebeEngineConfiguration {

  @Bean(destroyMethod = "stop")
  @ConditionalOnProperty(name = "dialtone.zeebe.mode", havingValue = "embedded", matchIfMissing = true)
  @ConditionalOnMissingBean
  ZeebeTestEngine embeddedZeebeEngine() {
    ZeebeTestEngine engine = EngineFactory.create();
    engine.start();
    return engine;
  }

  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  CamundaClient camundaClient(ZeebeProperties properties, ObjectProvider<ZeebeTestEngine> embedded) {
    URI gateway = gatewayAddress(properties, embedded.getIfAvailable());
    return CamundaClient.newClientBuilder()
        .grpcAddress(gateway)
        .preferRestOverGrpc(false)
        .defaultJobWorkerStreamEnabled(true)
        .defaultJobTimeout(properties.jobTimeout())
        .build();
  }

  private static URI gatewayAddress(ZeebeProperties properties, ZeebeTestEngine engine) {
    if (properties.embedded()) {
      String address = engine.getGatewayAddress();
      String port = address.substring(address.lastIndexOf(':') + 1);
      return URI.create("http://127.0.0.1:" + port);
    }
    if (properties.gatewayAddress() == null) {
      throw new IllegalStateException(
          "dialtone.zeebe.mode=external needs dialtone.zeebe.gateway-address, e.g. http://zeebe:26500");
    }
    return properties.gatewayAddress();
  }
}
