package dev.dialtone.flow;

/** An executable BPMN model, ready to deploy to Zeebe under {@code processId}. */
public record CompiledFlow(String processId, String bpmnXml) {}
