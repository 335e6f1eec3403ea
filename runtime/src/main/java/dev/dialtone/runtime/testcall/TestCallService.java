package dev.dialtone.runtime.testcall;

import dev.dialtone.flow.CompiledFlow;
import dev.dialtone.flow.FlowCompiler;
import dev.dialtone.flow.InvalidFlowException;
import dev.dialtone.flow.model.FlowDocument;
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
 * Runs a flow's draft on the real engine with the simulated telephony, without publishing it: the
 * draft is compiled and deployed under its own process id, so published calls never see it. The
 * draft is either the stored one (the REST API) or the editor's unsaved working copy.
 */
public class TestCallService {

  /** Shown as the caller of a test call. */
  public static final String TEST_CALLER = "test-call";

  private final FlowService flows;
  private final FlowCompiler compiler;
  private final ProcessDeployer deployer;
  private final SimulatorService simulator;
  private final CallRouter router;

  public TestCallService(
      FlowService flows,
      FlowCompiler compiler,
      ProcessDeployer deployer,
      SimulatorService simulator,
      CallRouter router) {
    this.flows = flows;
    this.compiler = compiler;
    this.deployer = deployer;
    this.simulator = simulator;
    this.router = router;
  }

  /**
   * Starts a test call of the stored draft; a draft with problems is refused with those problems.
   */
  public UUID start(UUID flowId, String revision) {
    if (revision != null && !"draft".equals(revision)) {
      throw InvalidInputException.of(
          "revision", "unknown_revision", "revision must be 'draft', got '" + revision + "'");
    }
    StoredFlow flow = flows.stored(flowId);
    return place(flowId, flows.compile(flow, ProcessIds.draft(flowId)), flow.documentJson());
  }

  /**
   * Starts a test call of a draft that need not be saved (the editor's working copy) as the draft
   * of the stored flow {@code flowId}; a draft with problems is refused with those problems, as the
   * stored one is.
   */
  public UUID start(UUID flowId, FlowDocument draft) {
    flows.stored(flowId); // its calls are listed under the flow, so the flow must exist
    CompiledFlow compiled;
    try {
      compiled = compiler.compile(draft, ProcessIds.draft(flowId), draft.name());
    } catch (InvalidFlowException e) {
      throw new InvalidInputException(e.problems());
    }
    return place(flowId, compiled, compiler.toJson(draft));
  }

  private UUID place(UUID flowId, CompiledFlow compiled, String documentJson) {
    long definition = deployer.deploy(compiled.processId(), compiled.bpmnXml());
    router.remember(definition, documentJson);
    return simulator.place(
        TEST_CALLER,
        "draft",
        Map.of(
            CallRouter.TEST_FLOW_ARGUMENT, flowId.toString(),
            CallRouter.TEST_DEFINITION_ARGUMENT, Long.toString(definition)));
  }
}
