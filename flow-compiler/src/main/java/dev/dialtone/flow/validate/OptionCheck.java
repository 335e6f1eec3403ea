package dev.dialtone.flow.validate;

import static dev.dialtone.flow.ProblemCodes.INVALID_OPTION_VALUE;
import static dev.dialtone.flow.ProblemCodes.UNKNOWN_NODE_TYPE;
import static dev.dialtone.flow.ProblemCodes.UNKNOWN_OPTION;
import static dev.dialtone.flow.ProblemCodes.WRONG_OPTION_TYPE;
import static dev.dialtone.flow.validate.FlowCheck.node;

import dev.dialtone.flow.Problem;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.flow.nodes.NodeType;
import dev.dialtone.flow.nodes.OptionRule;
import dev.dialtone.flow.nodes.OptionSpec;
import dev.dialtone.flow.nodes.OptionType;
import java.util.List;
import java.util.Optional;

/**
 * Each node's options against its type's specs: present when required, and within the declared
 * rules. Type and name errors cannot come from the parser but can from code building documents.
 */
final class OptionCheck implements FlowCheck {

  @Override
  public void check(FlowGraph graph, List<Problem> problems) {
    for (FlowNode node : graph.document().nodes()) {
      Optional<NodeType> type = graph.type(node);
      if (type.isEmpty()) {
        problems.add(
            Problem.ofNode(
                node.id(),
                "type",
                UNKNOWN_NODE_TYPE,
                node(node.id()) + ": unknown node type \"" + node.type() + "\""));
      } else {
        check(node, type.get(), problems);
      }
    }
  }

  private static void check(FlowNode node, NodeType type, List<Problem> problems) {
    for (String name : node.options().keySet()) {
      if (type.option(name).isEmpty()) {
        problems.add(
            Problem.ofNode(
                node.id(),
                name,
                UNKNOWN_OPTION,
                node(node.id())
                    + ": unknown option '"
                    + name
                    + "' for type '"
                    + type.name()
                    + "'"));
      }
    }
    type.options().forEach(spec -> checkOption(node, spec, problems));
    // Custom checks assume well-typed options; after a type error they would only add noise.
    boolean wellTyped =
        type.options().stream()
            .allMatch(
                spec -> {
                  Object value = node.options().get(spec.name());
                  return value == null || spec.type().accepts(value);
                });
    if (wellTyped) {
      problems.addAll(type.check(node));
    }
  }

  private static void checkOption(FlowNode node, OptionSpec spec, List<Problem> problems) {
    String prefix = node(node.id()) + ": option '" + spec.name() + "' ";
    Object value = node.options().get(spec.name());
    if (value == null) {
      if (spec.required()) {
        problems.add(
            Problem.ofNode(node.id(), spec.name(), spec.missingCode(), prefix + "is required"));
      }
      return;
    }
    if (!spec.type().accepts(value)) {
      problems.add(
          Problem.ofNode(
              node.id(),
              spec.name(),
              WRONG_OPTION_TYPE,
              prefix + "must be " + spec.type().label() + ", got " + OptionType.show(value)));
      return;
    }
    for (OptionRule rule : spec.rules()) {
      Optional<String> violation = rule.violation(value);
      if (violation.isPresent()) {
        problems.add(
            Problem.ofNode(
                node.id(),
                spec.name(),
                INVALID_OPTION_VALUE,
                prefix + violation.get() + ", got " + OptionType.show(value)));
        return; // one complaint per option is enough to act on
      }
    }
  }
}
