package dev.dialtone.runtime.flows;

import java.time.Instant;
import java.util.UUID;

/**
 * An immutable published snapshot: the document as published and the BPMN compiled from it, with
 * who published it and the note they typed (null: none).
 */
public record FlowVersion(
    UUID flowId,
    int version,
    String documentJson,
    String bpmnXml,
    Instant publishedAt,
    String publishedBy,
    String note) {}
