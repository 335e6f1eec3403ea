package dev.dialtone.flow.nodes;

import static dev.dialtone.flow.nodes.OptionRule.atLeast;
import static dev.dialtone.flow.nodes.OptionRule.oneOf;
import static dev.dialtone.flow.nodes.OptionRule.variableName;

import com.google.auto.service.AutoService;
import dev.dialtone.flow.model.FlowEdge;
import java.util.List;

/** Collects DTMF digits into a variable; a silent caller leaves it empty. */
@AutoService(NodeType.class)
public final class DigitsNode implements NodeType {

  public static final String NAME = "digits";
  public static final String TIMEOUT_MS = "timeout_ms";
  public static final String MAX_DIGITS = "max_digits";
  public static final String FINISH_KEY = "finish_key";
  public static final String VARIABLE = "variable";
  public static final String BARGE_IN = "barge_in";

  private static final List<OptionSpec> OPTIONS =
      List.of(
          OptionSpec.optional(
              TIMEOUT_MS,
              OptionType.INTEGER,
              5000L,
              "How long to wait for input, in milliseconds",
              atLeast(0)),
          OptionSpec.optional(
              MAX_DIGITS, OptionType.INTEGER, 1L, "Stop after this many digits", atLeast(1)),
          OptionSpec.optional(
              FINISH_KEY,
              OptionType.STRING,
              "#",
              "Key that ends the input early",
              oneOf("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "#")),
          OptionSpec.optional(
              VARIABLE,
              OptionType.STRING,
              "digits",
              "Variable that receives the digits",
              variableName(true)),
          OptionSpec.optional(
              BARGE_IN,
              OptionType.BOOLEAN,
              true,
              "A key pressed during the prompts before this node stops them at once",
              new OptionRule[0]));

  public int paletteOrder() {
    return 40;
  }

  public String name() {
    return NAME;
  }

  public String description() {
    return "Collect digits the caller types";
  }

  public String colour() {
    return "#7c3aed";
  }

  public String icon() {
    return "vaadin:grid-small";
  }

  public List<OptionSpec> options() {
    return OPTIONS;
  }

  public List<Port> fixedPorts() {
    return List.of(Port.of(FlowEdge.NEXT));
  }
}
