package dev.dialtone.runtime.testcall;

import dev.dialtone.flow.CompiledFlow;
import dev.dialtone.runtime.engine.ProcessDeployer;
import dev.dialtone.runtime.flows.FlowService;
import dev.dialtone.runtime.flows.StoredFlow;
import dev.dialtone.runtime.problems.InvalidInputException;
import dev.dialtone.runtime.routing.CallRouter;
import dev.dialtone.runtime.routing.ProcessIds;
import dev.dialtone.runtime.simulator.SimulatorService;
import java.util.Map;
import java.util.UUID;

/**
 * Runs a flow's current draft on the real engine with the simulated telephony, without publishing
 * it: the draft is compiled and deployed under its own process id, so published calls never see it.
 */
public class TestCallService {

  /** Shown as the caller of a test call. */
  public static final String TEST_CALLER = "test-call";

  private final FlowService flows;
  private final ProcessDeployer deployer;
  private final SimulatorService simulator;
  private final CallRouter router;

  public TestCallService(
      FlowService flows, ProcessDeployer deployer, SimulatorService simulator, CallRouter router) {
    this.router = router;
    this.flows = flows;
    this.deployer = deployer;
    this.simulator = simulator;
  }

  /** Starts a test call of the draft; a draft with problems is refused with those problems. */
  public UUID start(UUID flowId, String revision) {
    if (revision != null && !"draft".equals(revision)) {
      throw InvalidInputException.of(
          "revision", "unknown_revision", "revision must be 'draft', got '" + revision + "'");
    }
    StoredFlow flow = flows.stored(flowId);
    CompiledFlow compiled = flows.compile(flow, ProcessIds.draft(flowId));
    long definition = deployer.deploy(compiled.processId(), compiled.bpmnXml());
    router.remember(definition, flow.documentJson());
    return simulator.place(
        TEST_CALLER,
        "draft",
        Map.of(
            CallRouter.TEST_FLOW_ARGUMENT, flowId.toString(),
            CallRouter.TEST_DEFINITION_ARGUMENT, Long.toString(definition)));
  }
}
