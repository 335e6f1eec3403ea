package dev.dialtone.runtime.flows;

import java.time.Instant;
import java.util.UUID;

/** An immutable published snapshot: the document as published and the BPMN compiled from it. */
public record FlowVersion(
    UUID flowId,
    int version,
    String documentJson,
    String bpmnXml,
    Instant publishedAt,
    String publishedBy) {}
