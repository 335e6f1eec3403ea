package dev.dialtone.runtime.db;

import dev.dialtone.runtime.calls.CallRepository;
import dev.dialtone.runtime.calls.CallTraceRepository;
import dev.dialtone.runtime.cluster.RuntimeInstanceProperties;
import dev.dialtone.runtime.flows.FlowRepository;
import dev.dialtone.runtime.flows.FlowVersionRepository;
import dev.dialtone.runtime.numbers.NumberRepository;
import dev.dialtone.runtime.users.UserRepository;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.boot.jooq.autoconfigure.JooqAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Dialtone's data layer inside Spring Boot: Boot's jOOQ auto-configuration builds the DSLContext
 * (Spring transactions, exception translation, Flyway first), and {@link JooqSetup} — through the
 * customizer below — decides dialect and name rendering, as it does for tests without Spring.
 */
@AutoConfiguration(after = JooqAutoConfiguration.class)
@EnableConfigurationProperties(RuntimeInstanceProperties.class)
public class DatabaseAutoConfiguration {

  @Bean
  DefaultConfigurationCustomizer dialtoneJooqCustomizer(DataSource dataSource) {
    return configuration -> JooqSetup.configure(configuration, dataSource);
  }

  @Bean
  @ConditionalOnMissingBean
  FlowRepository flowRepository(DSLContext dsl) {
    return new FlowRepository(dsl);
  }

  @Bean
  @ConditionalOnMissingBean
  FlowVersionRepository flowVersionRepository(DSLContext dsl) {
    return new FlowVersionRepository(dsl);
  }

  @Bean
  @ConditionalOnMissingBean
  NumberRepository numberRepository(DSLContext dsl) {
    return new NumberRepository(dsl);
  }

  @Bean
  @ConditionalOnMissingBean
  CallRepository callRepository(DSLContext dsl, RuntimeInstanceProperties instance) {
    return new CallRepository(dsl, instance.instanceId());
  }

  @Bean
  @ConditionalOnMissingBean
  CallTraceRepository callTraceRepository(DSLContext dsl) {
    return new CallTraceRepository(dsl);
  }

  @Bean
  @ConditionalOnMissingBean
  UserRepository userRepository(DSLContext dsl) {
    return new UserRepository(dsl);
  }
}
