package dev.dialtone.runtime.scenarios;

import dev.dialtone.flow.FlowCompiler;
import dev.dialtone.runtime.calls.CallJournal;
import dev.dialtone.runtime.config.RuntimeConfiguration;
import dev.dialtone.runtime.engine.ProcessDeployer;
import dev.dialtone.runtime.flows.FlowService;
import dev.dialtone.runtime.routing.CallRouter;
import dev.dialtone.runtime.simulator.SimulatorService;
import org.jooq.DSLContext;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Scenario tests inside the application: the runner on the app's engine, stored lists. */
@AutoConfiguration(after = RuntimeConfiguration.class)
public class ScenarioConfiguration {

  @Bean
  ScenarioRunner scenarioRunner(
      FlowCompiler compiler,
      ProcessDeployer deployer,
      CallRouter router,
      SimulatorService simulator,
      CallJournal journal) {
    return new ScenarioRunner(compiler, deployer, router, simulator, journal);
  }

  @Bean
  ScenarioService scenarioService(
      FlowService flows, FlowCompiler compiler, DSLContext dsl, ScenarioRunner runner) {
    return new ScenarioService(flows, compiler, new ScenarioRepository(dsl), runner);
  }
}
