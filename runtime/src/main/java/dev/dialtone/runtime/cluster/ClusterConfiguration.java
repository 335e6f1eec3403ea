package dev.dialtone.runtime.cluster;

import dev.dialtone.runtime.calls.CallJournal;
import dev.dialtone.runtime.calls.CallLifecycle;
import dev.dialtone.runtime.config.RuntimeConfiguration;
import dev.dialtone.runtime.legs.CallLegRegistry;
import io.camunda.client.CamundaClient;
import java.time.Clock;
import org.jooq.DSLContext;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** Leases and recovery of calls between runtime instances that share a database. */
@AutoConfiguration(after = RuntimeConfiguration.class)
@EnableConfigurationProperties(RuntimeInstanceProperties.class)
public class ClusterConfiguration {

  @Bean
  RuntimeLeases runtimeLeases(DSLContext dsl) {
    return new RuntimeLeases(dsl);
  }

  @Bean
  CallRecovery callRecovery(DSLContext dsl, CamundaClient client) {
    return new CallRecovery(new OpenCalls(dsl), client);
  }

  @Bean
  ClusterMembership clusterMembership(
      RuntimeInstanceProperties instance,
      RuntimeLeases leases,
      CallRecovery recovery,
      CallLegRegistry legs,
      CallLifecycle lifecycle,
      CallJournal journal) {
    return new ClusterMembership(
        instance, leases, recovery, legs, lifecycle, journal::flush, Clock.systemUTC());
  }
}
