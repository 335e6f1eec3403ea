package dev.dialtone.ui.editor;

import dev.dialtone.flow.NodeTypeInfo;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.flow.nodes.OptionSpec;
import dev.dialtone.flow.nodes.OptionType;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The line a box shows under its id, from the catalogue rather than per node type: the main text of
 * a node whose first option is a required text, else the first options the node sets, in the order
 * the type declares them, or else the type's description. Types without options get none.
 */
final class NodeSummary {

  static final int MAX_OPTIONS = 2;

  private NodeSummary() {}

  static String of(FlowNode node, NodeTypeInfo type) {
    if (type == null || type.options().isEmpty()) {
      return ""; // start, hangup: the type says it all
    }
    List<String> set =
        type.options().stream()
            .map(OptionSpec::name)
            .filter(name -> node.option(name).isPresent())
            .limit(MAX_OPTIONS)
            .toList();
    if (set.isEmpty()) {
      return type.description();
    }
    OptionSpec first = type.options().getFirst();
    if (first.required() && first.type() == OptionType.STRING) {
      return show(
          node.option(first.name()).orElse(null)); // the text a talk says, the file a play plays
    }
    return set.stream()
        .map(name -> name.replace('_', ' ') + " " + show(node.option(name).orElse(null)))
        .collect(Collectors.joining(" · "));
  }

  private static String show(Object value) {
    return value instanceof List<?> list
        ? list.stream().map(String::valueOf).collect(Collectors.joining(", "))
        : Objects.toString(value, "");
  }
}
