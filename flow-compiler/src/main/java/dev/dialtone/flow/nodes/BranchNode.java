package dev.dialtone.flow.nodes;

import static dev.dialtone.flow.nodes.OptionRule.distinctValues;
import static dev.dialtone.flow.nodes.OptionRule.excludes;
import static dev.dialtone.flow.nodes.OptionRule.variableName;

import com.google.auto.service.AutoService;
import dev.dialtone.flow.ProblemCodes;
import dev.dialtone.flow.model.FlowNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Routes on a variable's value: one port per case value, compared as strings, and {@code default}
 * for anything else, including a variable that is not set.
 */
@AutoService(NodeType.class)
public final class BranchNode implements NodeType {

  public static final String NAME = "branch";
  public static final String VARIABLE = "variable";
  public static final String CASES = "cases";
  public static final String DEFAULT = "default";

  private static final List<OptionSpec> OPTIONS =
      List.of(
          OptionSpec.optional(
              VARIABLE, OptionType.STRING, "digits", "Variable to route on", variableName(false)),
          OptionSpec.required(
              CASES,
              OptionType.STRING_LIST,
              "Values to route on; each becomes a port",
              distinctValues(),
              excludes(DEFAULT, "the name of the fallback port")));

  private static final Port DEFAULT_PORT = new Port(DEFAULT, ProblemCodes.BRANCH_WITHOUT_DEFAULT);

  public int paletteOrder() {
    return 50;
  }

  public String name() {
    return NAME;
  }

  @Override
  public boolean isAction() {
    return false;
  }

  public String description() {
    return "Route on a variable's value";
  }

  public String colour() {
    return "#d97706";
  }

  public String icon() {
    return "vaadin:split";
  }

  public List<OptionSpec> options() {
    return OPTIONS;
  }

  public List<Port> fixedPorts() {
    return List.of(DEFAULT_PORT);
  }

  @Override
  public String portsOption() {
    return CASES;
  }

  @Override
  public List<Port> ports(FlowNode node) {
    // Blank and "default" values are reported by validation; as ports they would only add noise.
    Stream<Port> casePorts =
        cases(node).stream().filter(c -> !c.isBlank() && !c.equals(DEFAULT)).map(Port::of);
    return Stream.concat(casePorts, Stream.of(DEFAULT_PORT)).toList();
  }

  /** The case values of a node, in order, without duplicates; empty when not a list of strings. */
  public static List<String> cases(FlowNode node) {
    if (!(node.options().get(CASES) instanceof List<?> list)) {
      return List.of();
    }
    Set<String> cases = new LinkedHashSet<>();
    list.stream().filter(String.class::isInstance).map(String.class::cast).forEach(cases::add);
    return List.copyOf(cases);
  }
}
