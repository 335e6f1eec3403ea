package dev.dialtone.runtime.testcall;

import dev.dialtone.flow.CompiledFlow;
import dev.dialtone.flow.FlowCompiler;
import dev.dialtone.flow.InvalidFlowException;
import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.runtime.engine.ProcessDeployer;
import dev.dialtone.runtime.flows.FlowService;
import dev.dialtone.runtime.flows.StoredFlow;
import dev.dialtone.runtime.legs.CallRoute;
import dev.dialtone.runtime.problems.InvalidInputException;
import dev.dialtone.runtime.routing.CallRouter;
import dev.dialtone.runtime.routing.ProcessIds;
import java.util.UUID;

/**
 * Deploys a flow's draft under its own process id, so published calls never see it: either the
 * stored draft or the editor's unsaved working copy. A draft with problems is refused with them.
 */
public class DraftDeployment {

  private final FlowService flows;
  private final FlowCompiler compiler;
  private final ProcessDeployer deployer;
  private final CallRouter router;

  public DraftDeployment(
      FlowService flows, FlowCompiler compiler, ProcessDeployer deployer, CallRouter router) {
    this.flows = flows;
    this.compiler = compiler;
    this.deployer = deployer;
    this.router = router;
  }

  /** The stored draft of {@code flowId}, deployed. */
  public CallRoute stored(UUID flowId) {
    StoredFlow flow = flows.stored(flowId);
    return deploy(flowId, flows.compile(flow, ProcessIds.draft(flowId)), flow.documentJson());
  }

  /** A working copy, deployed as the draft of the stored flow {@code flowId} (which must exist). */
  public CallRoute workingCopy(UUID flowId, FlowDocument draft) {
    flows.stored(flowId); // its calls are listed under the flow, so the flow must exist
    CompiledFlow compiled;
    try {
      compiled = compiler.compile(draft, ProcessIds.draft(flowId), draft.name());
    } catch (InvalidFlowException e) {
      throw new InvalidInputException(e.problems());
    }
    return deploy(flowId, compiled, compiler.toJson(draft));
  }

  private CallRoute deploy(UUID flowId, CompiledFlow compiled, String documentJson) {
    long definition = deployer.deploy(compiled.processId(), compiled.bpmnXml());
    router.remember(definition, documentJson);
    return router.draft(flowId, definition);
  }
}
