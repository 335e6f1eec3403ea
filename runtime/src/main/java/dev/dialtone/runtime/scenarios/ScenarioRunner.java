package dev.dialtone.runtime.scenarios;

import dev.dialtone.flow.CompiledFlow;
import dev.dialtone.flow.FlowCompiler;
import dev.dialtone.flow.InvalidFlowException;
import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.runtime.calls.CallEvent;
import dev.dialtone.runtime.calls.CallJournal;
import dev.dialtone.runtime.calls.CallObserver;
import dev.dialtone.runtime.calls.CallStatus;
import dev.dialtone.runtime.calls.CallStep;
import dev.dialtone.runtime.engine.ProcessDeployer;
import dev.dialtone.runtime.legs.CallRoute;
import dev.dialtone.runtime.problems.InvalidInputException;
import dev.dialtone.runtime.routing.CallRouter;
import dev.dialtone.runtime.routing.ProcessIds;
import dev.dialtone.runtime.simulator.SimulatorService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs scenarios against a flow document on the real engine and workers, with the simulated
 * telephony playing the caller: the document is deployed as a draft (published calls never see it),
 * each scenario is one simulated call, and all of them run at once.
 */
public final class ScenarioRunner {

  /** Shown as the caller of a scenario's call. */
  public static final String CALLER = "scenario";

  private final FlowCompiler compiler;
  private final ProcessDeployer deployer;
  private final CallRouter router;
  private final SimulatorService simulator;
  private final CallJournal journal;

  public ScenarioRunner(
      FlowCompiler compiler,
      ProcessDeployer deployer,
      CallRouter router,
      SimulatorService simulator,
      CallJournal journal) {
    this.compiler = compiler;
    this.deployer = deployer;
    this.router = router;
    this.simulator = simulator;
    this.journal = journal;
  }

  /**
   * Runs {@code scenarios} against {@code document} as the draft of flow {@code flowId}; a document
   * with problems is refused with them. Results come in the order of the scenarios.
   */
  public List<ScenarioResult> run(UUID flowId, FlowDocument document, List<Scenario> scenarios) {
    CallRoute route = deploy(flowId, document);
    Map<String, String> arguments =
        Map.of(
            CallRouter.TEST_FLOW_ARGUMENT, flowId.toString(),
            CallRouter.TEST_DEFINITION_ARGUMENT, Long.toString(route.processDefinitionKey()));
    scenarios.forEach(scenario -> simulator.putPhones(scenario.phones()));
    Calls calls = new Calls();
    journal.observe(calls);
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<ScenarioResult>> running = new ArrayList<>();
      for (Scenario scenario : scenarios) {
        running.add(
            threads.submit(
                () ->
                    new ScenarioCall(scenario, simulator, journal)
                        .run(() -> simulator.place(CALLER, "draft", arguments), calls::of)));
      }
      List<ScenarioResult> results = new ArrayList<>();
      for (Future<ScenarioResult> result : running) {
        results.add(result.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running scenarios", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a scenario could not run: " + e.getCause(), e.getCause());
    } finally {
      journal.unobserve(calls);
    }
  }

  private CallRoute deploy(UUID flowId, FlowDocument document) {
    CompiledFlow compiled;
    try {
      compiled = compiler.compile(document, ProcessIds.draft(flowId), document.name());
    } catch (InvalidFlowException e) {
      throw new InvalidInputException(e.problems());
    }
    long definition = deployer.deploy(compiled.processId(), compiled.bpmnXml());
    router.remember(definition, compiler.toJson(document));
    return router.draft(flowId, definition);
  }

  /**
   * The facts of the calls of one run. A call's first facts may arrive before its placing returns
   * its id, so facts are kept for any call id heard of during the run, and dropped with the run.
   */
  private static final class Calls implements CallObserver {

    private final Map<UUID, CallFacts> facts = new ConcurrentHashMap<>();

    CallFacts of(UUID callId) {
      return facts.computeIfAbsent(callId, id -> new CallFacts());
    }

    @Override
    public void statusChanged(UUID callId, CallStatus status) {
      of(callId).status(status);
    }

    @Override
    public void transcript(CallEvent event) {
      of(event.callId()).event(event);
    }

    @Override
    public void step(CallStep step) {
      of(step.callId()).step(step);
    }
  }
}
