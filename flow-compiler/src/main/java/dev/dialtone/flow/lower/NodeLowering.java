package dev.dialtone.flow.lower;

import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.flow.nodes.NodeType;

/**
 * Turns one node of a type into BPMN elements. One public implementation per node type, annotated
 * {@code @AutoService(NodeLowering.class)} so that {@link Lowerings} finds it. Called only on
 * validated documents.
 */
public interface NodeLowering {

  /** The node type this lowers, as in {@link NodeType#name()}. */
  String type();

  Fragment lower(FlowNode node, NodeType type);
}
