package dev.dialtone.runtime.outbound;

import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.runtime.calls.CallLifecycle;
import dev.dialtone.runtime.flows.FlowService;
import dev.dialtone.runtime.legs.CallLeg;
import dev.dialtone.runtime.legs.CallLegRegistry;
import dev.dialtone.runtime.legs.CallRoute;
import dev.dialtone.runtime.numbers.E164;
import dev.dialtone.runtime.problems.ConflictException;
import dev.dialtone.runtime.problems.InvalidInputException;
import dev.dialtone.runtime.problems.NotFoundException;
import dev.dialtone.runtime.routing.CallRouter;
import dev.dialtone.runtime.testcall.DraftDeployment;
import dev.dialtone.telephony.CallControl;
import dev.dialtone.telephony.HangupCause;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Calls a phone and runs a flow when it answers ("Call a phone"): the published version of the
 * flow, its stored draft, or the editor's working copy. The call goes out on the telephony that
 * reaches phones (Asterisk when configured, else the simulated one, whose virtual phones answer).
 */
public class OutboundCallService {

  private final FlowService flows;
  private final DraftDeployment drafts;
  private final CallRouter router;
  private final CallLifecycle lifecycle;
  private final CallLegRegistry legs;
  private final CallControl telephony;

  public OutboundCallService(
      FlowService flows,
      DraftDeployment drafts,
      CallRouter router,
      CallLifecycle lifecycle,
      CallLegRegistry legs,
      CallControl telephony) {
    this.flows = flows;
    this.drafts = drafts;
    this.router = router;
    this.lifecycle = lifecycle;
    this.legs = legs;
    this.telephony = telephony;
  }

  /**
   * Dials {@code destination} and runs the flow's {@code revision} ("draft" or "published") when it
   * answers; returns the call id at once (the record starts as dialing).
   */
  public UUID call(String destination, UUID flowId, String revision) {
    requireNumber(destination);
    if (flowId == null) {
      throw InvalidInputException.of("flow_id", "missing_value", "flow_id is required");
    }
    CallRoute route =
        switch (revision == null ? "published" : revision) {
          case "draft" -> knownFlow(flowId, () -> drafts.stored(flowId));
          case "published" -> knownFlow(flowId, () -> published(flowId));
          default ->
              throw InvalidInputException.of(
                  "revision",
                  "unknown_revision",
                  "revision must be 'draft' or 'published', got '" + revision + "'");
        };
    return dial(destination, route);
  }

  /** Dials {@code destination} and runs the editor's working copy of {@code flowId}. */
  public UUID call(String destination, UUID flowId, FlowDocument workingCopy) {
    requireNumber(destination);
    return dial(destination, knownFlow(flowId, () -> drafts.workingCopy(flowId, workingCopy)));
  }

  /**
   * Ends a call from our side (the phone hears the line go dead); a call that already ended is a
   * conflict.
   */
  public void hangup(UUID callId) {
    CallLeg leg =
        legs.byCallId(callId)
            .orElseThrow(
                () ->
                    new ConflictException(
                        "call_not_live", "call " + callId + " is not in progress"));
    lifecycle.hangupLocally(leg, HangupCause.NORMAL);
  }

  private CallRoute published(UUID flowId) {
    flows.stored(flowId);
    return router
        .published(flowId)
        .orElseThrow(
            () ->
                InvalidInputException.of(
                    "revision",
                    "not_published",
                    "flow " + flowId + " has no published version; call its draft instead"));
  }

  private UUID dial(String destination, CallRoute route) {
    UUID callId = UUID.randomUUID();
    lifecycle.dial(callId, destination, route, telephony);
    return callId;
  }

  /** An unknown flow is a bad field of the request here, not a missing resource. */
  private static CallRoute knownFlow(UUID flowId, Supplier<CallRoute> route) {
    try {
      return route.get();
    } catch (NotFoundException e) {
      throw InvalidInputException.of("flow_id", "unknown_flow", "there is no flow " + flowId);
    }
  }

  private static void requireNumber(String destination) {
    if (!E164.isValid(destination)) {
      throw InvalidInputException.of(
          "destination",
          "invalid_number",
          "destination must be an E.164 number ('+' then 2 to 15 digits, not starting with 0), got '"
              + destination
              + "'");
    }
  }
}
