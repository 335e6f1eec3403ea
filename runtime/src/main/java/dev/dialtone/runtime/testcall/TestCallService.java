package dev.dialtone.runtime.testcall;

import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.runtime.legs.CallRoute;
import dev.dialtone.runtime.problems.InvalidInputException;
import dev.dialtone.runtime.routing.CallRouter;
import dev.dialtone.runtime.simulator.SimulatorService;
import java.util.Map;
import java.util.UUID;

/**
 * Runs a flow's draft on the real engine with the simulated telephony, without publishing it (see
 * {@link DraftDeployment}). The draft is either the stored one (the REST API) or the editor's
 * unsaved working copy.
 */
public class TestCallService {

  /** Shown as the caller of a test call. */
  public static final String TEST_CALLER = "test-call";

  private final DraftDeployment drafts;
  private final SimulatorService simulator;

  public TestCallService(DraftDeployment drafts, SimulatorService simulator) {
    this.drafts = drafts;
    this.simulator = simulator;
  }

  /**
   * Starts a test call of the stored draft; a draft with problems is refused with those problems.
   */
  public UUID start(UUID flowId, String revision) {
    if (revision != null && !"draft".equals(revision)) {
      throw InvalidInputException.of(
          "revision", "unknown_revision", "revision must be 'draft', got '" + revision + "'");
    }
    return place(drafts.stored(flowId));
  }

  /**
   * Starts a test call of a draft that need not be saved (the editor's working copy) as the draft
   * of the stored flow {@code flowId}; a draft with problems is refused with those problems, as the
   * stored one is.
   */
  public UUID start(UUID flowId, FlowDocument draft) {
    return place(drafts.workingCopy(flowId, draft));
  }

  private UUID place(CallRoute draft) {
    return simulator.place(
        TEST_CALLER,
        "draft",
        Map.of(
            CallRouter.TEST_FLOW_ARGUMENT, draft.flowId().toString(),
            CallRouter.TEST_DEFINITION_ARGUMENT, Long.toString(draft.processDefinitionKey())));
  }
}
