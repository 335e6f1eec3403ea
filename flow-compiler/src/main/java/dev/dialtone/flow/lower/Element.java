package dev.dialtone.flow.lower;

import java.util.Map;

/**
 * A BPMN flow element of the process being built, before it becomes XML. Only the few kinds the
 * lowerings need exist; the emitter knows how to write each.
 */
public sealed interface Element {

  String id();

  String name();

  record StartEvent(String id, String name) implements Element {}

  record EndEvent(String id, String name) implements Element {}

  /** A job for a worker; {@code headers} keep their order in the XML. */
  record ServiceTask(String id, String name, String jobType, Map<String, String> headers)
      implements Element {}

  /**
   * A FEEL expression Zeebe evaluates itself.
   *
   * @param startListener job type of a start execution listener, or null
   */
  record ScriptTask(
      String id, String name, String expression, String resultVariable, String startListener)
      implements Element {}

  /**
   * Catches the BPMN error {@code errorCode} thrown by the job of {@code attachedTo} and leaves
   * that task by its own outgoing flow: how an expected outcome (no answer, busy) becomes a port.
   */
  record ErrorBoundary(String id, String name, String attachedTo, String errorCode)
      implements Element {}

  /**
   * Waits for the message {@code messageName} whose correlation key ({@code =} FEEL) matches: how a
   * long wait (a bridged call) stays in the process instead of in an open job.
   */
  record MessageCatch(String id, String name, String messageName, String correlationKey)
      implements Element {}

  /**
   * @param startListener job type of a start execution listener, or null
   */
  record ExclusiveGateway(String id, String name, String startListener) implements Element {}
}
