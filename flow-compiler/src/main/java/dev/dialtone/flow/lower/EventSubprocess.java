package dev.dialtone.flow.lower;

/**
 * An interrupting event subprocess: a message start event, then an end event.
 *
 * @param correlationKey a FEEL expression starting with {@code =}
 */
public record EventSubprocess(
    String id,
    String name,
    String messageName,
    String correlationKey,
    Element.StartEvent start,
    Element.EndEvent end,
    String flowId) {}
