package dev.dialtone.runtime.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialtone.runtime.calls.CallRepository;
import dev.dialtone.runtime.calls.CallTraceRepository;
import dev.dialtone.runtime.flows.FlowNotFoundException;
import dev.dialtone.runtime.flows.FlowRepository;
import dev.dialtone.runtime.flows.FlowUpdate;
import dev.dialtone.runtime.flows.FlowVersionRepository;
import dev.dialtone.runtime.numbers.CreateNumberResult;
import dev.dialtone.runtime.numbers.NumberRepository;
import dev.dialtone.runtime.users.CreateUserResult;
import dev.dialtone.runtime.users.Role;
import dev.dialtone.runtime.users.UserRepository;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.conf.RenderQuotedNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jooq.autoconfigure.JooqAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The repositories as the application gets them: Boot's DataSource, Flyway and jOOQ
 * auto-configuration plus ours, so Spring's transactions and exception translation are in play.
 * Nothing else (no engine).
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class DatabaseAutoConfigurationIT {

  @Parameter TestDatabase database;

  private ApplicationContextRunner runner() {
    String url =
        database == TestDatabase.H2
            ? "jdbc:h2:mem:autoconfig-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"
            : database.jdbcUrl();
    return new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                DataSourceAutoConfiguration.class,
                DataSourceTransactionManagerAutoConfiguration.class,
                TransactionAutoConfiguration.class,
                FlywayAutoConfiguration.class,
                JooqAutoConfiguration.class,
                DatabaseAutoConfiguration.class))
        .withPropertyValues(
            "spring.datasource.url=" + url,
            "spring.datasource.username=" + database.user(),
            "spring.datasource.password=");
  }

  @Test
  void providesTheRepositoriesOnAConfiguredDslContext() {
    runner()
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context)
                  .hasSingleBean(FlowRepository.class)
                  .hasSingleBean(FlowVersionRepository.class)
                  .hasSingleBean(NumberRepository.class)
                  .hasSingleBean(CallRepository.class)
                  .hasSingleBean(CallTraceRepository.class)
                  .hasSingleBean(UserRepository.class);
              DSLContext dsl = context.getBean(DSLContext.class);
              assertThat(dsl.dialect()).isEqualTo(database.dialect());
              assertThat(dsl.settings().getRenderQuotedNames()).isEqualTo(RenderQuotedNames.NEVER);
            });
  }

  /**
   * Spring translates SQL errors into its own exceptions; the repositories' outcomes must not
   * change.
   */
  @Test
  void outcomesSurviveSpringsExceptionTranslationAndTransactions() {
    runner()
        .run(
            context -> {
              String suffix = UUID.randomUUID().toString().substring(0, 8);
              UserRepository users = context.getBean(UserRepository.class);
              NumberRepository numbers = context.getBean(NumberRepository.class);
              FlowRepository flows = context.getBean(FlowRepository.class);
              FlowVersionRepository versions = context.getBean(FlowVersionRepository.class);
              TransactionTemplate tx =
                  new TransactionTemplate(context.getBean(PlatformTransactionManager.class));

              users.create("spring-" + suffix, "{noop}x", Role.EDITOR);
              assertThat(users.create("spring-" + suffix, "{noop}y", Role.EDITOR))
                  .isInstanceOf(CreateUserResult.UsernameTaken.class);

              String number = "+49" + Math.abs(suffix.hashCode());
              numbers.create(number, null);
              tx.executeWithoutResult(
                  status -> {
                    assertThat(numbers.create(number, null))
                        .isEqualTo(CreateNumberResult.ALREADY_EXISTS);
                    assertThat(numbers.create(number + "1", null))
                        .isEqualTo(CreateNumberResult.CREATED);
                  });
              assertThat(numbers.find(number + "1")).isPresent();

              UUID flow = flows.create("spring " + suffix, "{}", "alice").id();
              assertThat(flows.update(flow, 1, "v2", "{}", "bob"))
                  .isInstanceOf(FlowUpdate.Updated.class);
              assertThat(flows.update(flow, 1, "v2'", "{}", "carol"))
                  .isEqualTo(new FlowUpdate.StaleRevision(2));
              Integer published =
                  tx.execute(status -> versions.publish(flow, "{}", "<bpmn/>", "alice"));
              assertThat(published).isEqualTo(1);
              assertThatThrownBy(
                      () -> versions.publish(UUID.randomUUID(), "{}", "<bpmn/>", "alice"))
                  .isInstanceOf(FlowNotFoundException.class);
            });
  }
}
