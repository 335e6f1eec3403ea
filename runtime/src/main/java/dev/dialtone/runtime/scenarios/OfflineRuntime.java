package dev.dialtone.runtime.scenarios;

import dev.dialtone.flow.FlowCompiler;
import dev.dialtone.runtime.calls.CallJournal;
import dev.dialtone.runtime.calls.CallLifecycle;
import dev.dialtone.runtime.calls.CallProperties;
import dev.dialtone.runtime.calls.CallStore;
import dev.dialtone.runtime.calls.ChannelExecutor;
import dev.dialtone.runtime.dialing.BridgeEndedMessages;
import dev.dialtone.runtime.dialing.Dialing;
import dev.dialtone.runtime.dialing.GroupTrees;
import dev.dialtone.runtime.engine.EmbeddedZeebe;
import dev.dialtone.runtime.engine.MemoryLedger;
import dev.dialtone.runtime.engine.ProcessDeployer;
import dev.dialtone.runtime.engine.ZeebeProperties;
import dev.dialtone.runtime.legs.CallLegRegistry;
import dev.dialtone.runtime.metrics.RuntimeMetrics;
import dev.dialtone.runtime.problems.NotFoundException;
import dev.dialtone.runtime.recordings.RecordingService;
import dev.dialtone.runtime.routing.CallRouter;
import dev.dialtone.runtime.simulator.SimulatorProperties;
import dev.dialtone.runtime.simulator.SimulatorService;
import dev.dialtone.runtime.workers.JobDispatcher;
import dev.dialtone.runtime.workers.NodeWorkers;
import dev.dialtone.telephony.HangupCause;
import dev.dialtone.telephony.sim.SimulatedTelephony;
import io.camunda.client.CamundaClient;
import io.camunda.client.impl.CamundaClientBuilderImpl;
import io.camunda.client.impl.CamundaClientImpl;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

/**
 * The runtime without a server or a database, for running scenarios from the command line: the
 * in-process engine, the production workers and call lifecycle, the simulated telephony, and a call
 * journal that keeps nothing (the runner reads calls as they happen). Only test routes exist here:
 * no number is ever looked up.
 */
public final class OfflineRuntime implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(OfflineRuntime.class);
  private static final String INSTANCE = "offline";

  private final List<AutoCloseable> toClose = new ArrayList<>();
  private final ScenarioRunner runner;

  /**
   * With the simulated telephony's defaults: prompts last as long as in the designer's Simulate.
   */
  public OfflineRuntime() {
    this(new SimulatorProperties(null, null));
  }

  public OfflineRuntime(SimulatorProperties simulated) {
    ZeebeProperties zeebe = new ZeebeProperties(null, null, null, null, null, null);
    EmbeddedZeebe engine = closing(new EmbeddedZeebe(zeebe.embeddedStateMemory().toBytes()));
    CamundaClientBuilderImpl builder =
        (CamundaClientBuilderImpl)
            CamundaClient.newClientBuilder()
                .preferRestOverGrpc(false)
                .defaultJobWorkerStreamEnabled(true)
                .defaultJobTimeout(zeebe.jobTimeout());
    CamundaClient client =
        closing(new CamundaClientImpl(builder, engine.newChannel(builder.getMaxMessageSize())));
    SimulatedTelephony telephony =
        closing(new SimulatedTelephony(simulated.charsPerSecond(), simulated.playDuration()));
    ExecutorService work =
        closing(
            Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("dialtone-call-", 0).factory()));
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().name("dialtone-timer").daemon().unstarted(r));
    toClose.add(timer::shutdownNow);
    CallJournal journal = closing(new CallJournal(CallStore.NONE, Runnable::run));
    CallLegRegistry legs = new CallLegRegistry();
    RuntimeMetrics metrics = new RuntimeMetrics();
    FlowCompiler compiler = new FlowCompiler();
    ProcessDeployer deployer = new ProcessDeployer(client, new MemoryLedger(10_000));
    CallRouter router = new CallRouter(null, null, deployer, compiler);
    CallLifecycle lifecycle =
        new CallLifecycle(
            List.of(telephony),
            router,
            legs,
            journal,
            client,
            new ChannelExecutor(work),
            metrics,
            new CallProperties(null, null, null, null, null, null),
            INSTANCE);
    JobDispatcher dispatcher =
        new JobDispatcher(
            client,
            NodeWorkers.create(workerDependencies(client, timer, work, lifecycle)),
            legs,
            journal,
            metrics,
            zeebe,
            INSTANCE,
            leg -> lifecycle.hangupLocally(leg, HangupCause.FAILED),
            lifecycle::channelGone);
    dispatcher.start();
    toClose.add(dispatcher::stop);
    this.runner =
        new ScenarioRunner(
            compiler, deployer, router, new SimulatorService(telephony, legs), journal);
  }

  /**
   * What the workers' constructors may ask for, offline: the same services as in the application,
   * except that recordings are not kept and no group is saved.
   */
  private static DefaultListableBeanFactory workerDependencies(
      CamundaClient client,
      ScheduledExecutorService timer,
      ExecutorService work,
      CallLifecycle lifecycle) {
    DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
    beans.registerSingleton("dialtoneTimer", timer);
    beans.registerSingleton("callLifecycle", lifecycle);
    beans.registerSingleton(
        "recordingService",
        // nothing is stored offline, so there is no transaction to join
        new RecordingService(new DiscardedRecordings(), work, Runnable::run));
    beans.registerSingleton("dialing", new Dialing(lifecycle, new BridgeEndedMessages(client)));
    beans.registerSingleton(
        "groupTrees",
        new GroupTrees(
            id -> {
              throw new NotFoundException(
                  "there is no group " + id + ": offline scenarios have no saved groups");
            }));
    return beans;
  }

  public ScenarioRunner runner() {
    return runner;
  }

  /** Stops everything in the reverse order of its start. */
  @Override
  public void close() {
    for (AutoCloseable closeable : toClose.reversed()) {
      try {
        closeable.close();
      } catch (Exception e) {
        // stopping the rest matters more than one part that would not stop
        LOG.warn("could not stop {}: {}", closeable, e.toString());
      }
    }
  }

  private <T extends AutoCloseable> T closing(T closeable) {
    toClose.add(closeable);
    return closeable;
  }
}
