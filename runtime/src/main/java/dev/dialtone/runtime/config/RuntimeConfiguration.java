package dev.dialtone.runtime.config;

import dev.dialtone.flow.FlowCompiler;
import dev.dialtone.runtime.calls.CallJournal;
import dev.dialtone.runtime.calls.CallLifecycle;
import dev.dialtone.runtime.calls.CallProperties;
import dev.dialtone.runtime.calls.CallQueries;
import dev.dialtone.runtime.calls.CallRepository;
import dev.dialtone.runtime.calls.CallTraceRepository;
import dev.dialtone.runtime.calls.ChannelExecutor;
import dev.dialtone.runtime.cluster.RuntimeInstanceProperties;
import dev.dialtone.runtime.db.DatabaseAutoConfiguration;
import dev.dialtone.runtime.engine.DatabaseLedger;
import dev.dialtone.runtime.engine.DeploymentLedger;
import dev.dialtone.runtime.engine.MemoryLedger;
import dev.dialtone.runtime.engine.ProcessDeployer;
import dev.dialtone.runtime.engine.ZeebeEngineConfiguration;
import dev.dialtone.runtime.engine.ZeebeProperties;
import dev.dialtone.runtime.flows.CompilationSlots;
import dev.dialtone.runtime.flows.FlowRepository;
import dev.dialtone.runtime.flows.FlowService;
import dev.dialtone.runtime.flows.FlowVersionRepository;
import dev.dialtone.runtime.flows.PublishedFlowsDeployer;
import dev.dialtone.runtime.groups.GroupRepository;
import dev.dialtone.runtime.groups.SavedGroups;
import dev.dialtone.runtime.legs.CallLegRegistry;
import dev.dialtone.runtime.metrics.RuntimeMetrics;
import dev.dialtone.runtime.numbers.NumberRepository;
import dev.dialtone.runtime.numbers.NumberService;
import dev.dialtone.runtime.outbound.OutboundCallService;
import dev.dialtone.runtime.routing.CallRouter;
import dev.dialtone.runtime.routing.NumberRoutes;
import dev.dialtone.runtime.simulator.SimulatorProperties;
import dev.dialtone.runtime.simulator.SimulatorService;
import dev.dialtone.runtime.testcall.DraftDeployment;
import dev.dialtone.runtime.testcall.TestCallService;
import dev.dialtone.runtime.workers.JobDispatcher;
import dev.dialtone.runtime.workers.NodeWorker;
import dev.dialtone.telephony.CallControl;
import dev.dialtone.telephony.HangupCause;
import dev.dialtone.telephony.sim.SimulatedTelephony;
import io.camunda.client.CamundaClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The call runtime: telephony, legs, routing, the call journal and one job worker per node type.
 * The workers are found by scanning their package for {@link NodeWorker} classes, so a new node
 * type's worker is one class and no bean method here.
 */
@AutoConfiguration(after = {ZeebeEngineConfiguration.class, DatabaseAutoConfiguration.class})
@ComponentScan(
    basePackageClasses = NodeWorker.class,
    useDefaultFilters = false,
    includeFilters =
        @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = NodeWorker.class))
@EnableConfigurationProperties({
  SimulatorProperties.class,
  CallProperties.class,
  RuntimeInstanceProperties.class
})
public class RuntimeConfiguration {

  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  SimulatedTelephony simulatedTelephony(SimulatorProperties properties) {
    return new SimulatedTelephony(properties.charsPerSecond(), properties.playDuration());
  }

  @Bean
  CallLegRegistry callLegRegistry() {
    return new CallLegRegistry();
  }

  @Bean
  RuntimeMetrics runtimeMetrics(ObjectProvider<MeterRegistry> registry, CallLegRegistry legs) {
    RuntimeMetrics metrics = new RuntimeMetrics(registry.getIfAvailable(SimpleMeterRegistry::new));
    metrics.watchActiveLegs(legs::size);
    return metrics;
  }

  /**
   * Where the runtime's work for telephony events runs: a virtual thread per task, since routing
   * may wait on the database and the engine; one channel's tasks still run one at a time.
   */
  @Bean(destroyMethod = "close")
  ExecutorService dialtoneCallWork() {
    return Executors.newThreadPerTaskExecutor(
        Thread.ofVirtual().name("dialtone-call-", 0).factory());
  }

  @Bean
  ChannelExecutor channelExecutor(ExecutorService dialtoneCallWork) {
    return new ChannelExecutor(dialtoneCallWork);
  }

  @Bean(destroyMethod = "shutdownNow")
  ScheduledExecutorService dialtoneTimer() {
    return Executors.newSingleThreadScheduledExecutor(
        r -> Thread.ofPlatform().name("dialtone-timer").daemon().unstarted(r));
  }

  @Bean(destroyMethod = "close")
  CallJournal callJournal(
      CallRepository calls, CallTraceRepository trace, PlatformTransactionManager transactions) {
    TransactionTemplate template = new TransactionTemplate(transactions);
    return new CallJournal(
        calls, trace, batch -> template.executeWithoutResult(status -> batch.run()));
  }

  @Bean
  ProcessDeployer processDeployer(
      CamundaClient client, ZeebeProperties zeebe, org.jooq.DSLContext dsl) {
    // The in-process engine starts empty with every start, so only an external one has a memory
    // worth keeping in the shared database.
    DeploymentLedger ledger =
        zeebe.embedded()
            ? new MemoryLedger(10_000)
            : new DatabaseLedger(dsl, zeebe.gatewayAddress().toString());
    return new ProcessDeployer(client, ledger);
  }

  @Bean
  NumberRoutes numberRoutes(NumberRepository numbers) {
    return new NumberRoutes(numbers, java.time.Duration.ofSeconds(5));
  }

  @Bean
  @ConditionalOnMissingBean
  CallRouter callRouter(
      NumberRoutes numbers,
      FlowVersionRepository versions,
      ProcessDeployer deployer,
      FlowCompiler compiler) {
    return new CallRouter(numbers, versions, deployer, compiler);
  }

  @Bean
  CallLifecycle callLifecycle(
      List<CallControl> telephonies,
      CallRouter router,
      CallLegRegistry legs,
      CallJournal journal,
      CamundaClient client,
      ChannelExecutor channels,
      RuntimeMetrics metrics,
      CallProperties properties,
      RuntimeInstanceProperties instance) {
    return new CallLifecycle(
        telephonies,
        router,
        legs,
        journal,
        client,
        channels,
        metrics,
        properties,
        instance.instanceId());
  }

  @Bean
  SimulatorService simulatorService(SimulatedTelephony telephony, CallLegRegistry legs) {
    return new SimulatorService(telephony, legs);
  }

  @Bean
  @ConditionalOnMissingBean
  FlowCompiler flowCompiler(ObjectProvider<GroupRepository> groups) {
    return new FlowCompiler(new SavedGroups(groups::getIfAvailable));
  }

  @Bean
  FlowService flowService(
      FlowCompiler compiler,
      FlowRepository flows,
      FlowVersionRepository versions,
      NumberRepository numbers,
      ProcessDeployer deployer,
      NumberRoutes routes,
      @Value("${dialtone.compilation.max-concurrent:2}") int maxConcurrentCompilations,
      @Value("${dialtone.compilation.timeout:10s}") Duration compilationTimeout) {
    return new FlowService(
        compiler,
        flows,
        versions,
        numbers,
        deployer,
        routes::forget,
        new CompilationSlots(maxConcurrentCompilations, compilationTimeout));
  }

  @Bean
  PublishedFlowsDeployer publishedFlowsDeployer(
      FlowVersionRepository versions, ProcessDeployer deployer) {
    return new PublishedFlowsDeployer(versions, deployer);
  }

  @Bean
  NumberService numberService(NumberRepository numbers, NumberRoutes routes) {
    return new NumberService(numbers, routes::forget);
  }

  @Bean
  CallQueries callQueries(CallRepository calls, CallTraceRepository trace) {
    return new CallQueries(calls, trace);
  }

  @Bean
  DraftDeployment draftDeployment(
      FlowService flows, FlowCompiler compiler, ProcessDeployer deployer, CallRouter router) {
    return new DraftDeployment(flows, compiler, deployer, router);
  }

  @Bean
  TestCallService testCallService(DraftDeployment drafts, SimulatorService simulator) {
    return new TestCallService(drafts, simulator);
  }

  /**
   * Outbound calls go out on the telephony that reaches real phones when there is one (Asterisk),
   * else on the simulated telephony, whose virtual phones answer.
   */
  @Bean
  OutboundCallService outboundCallService(
      FlowService flows,
      DraftDeployment drafts,
      CallRouter router,
      CallLifecycle lifecycle,
      CallLegRegistry legs,
      List<CallControl> telephonies,
      SimulatedTelephony simulated) {
    CallControl phones =
        telephonies.stream().filter(t -> t != simulated).findFirst().orElse(simulated);
    return new OutboundCallService(flows, drafts, router, lifecycle, legs, phones);
  }

  @Bean
  JobDispatcher jobDispatcher(
      CamundaClient client,
      List<NodeWorker> workers,
      CallLegRegistry legs,
      CallJournal journal,
      RuntimeMetrics metrics,
      ZeebeProperties properties,
      CallLifecycle lifecycle,
      RuntimeInstanceProperties instance) {
    return new JobDispatcher(
        client,
        workers,
        legs,
        journal,
        metrics,
        properties,
        instance.instanceId(),
        leg -> lifecycle.hangupLocally(leg, HangupCause.FAILED),
        lifecycle::channelGone);
  }
}
