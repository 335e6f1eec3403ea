package dev.dialtone.flow.nodes;

import static dev.dialtone.flow.nodes.OptionRule.atLeast;

import com.google.auto.service.AutoService;
import dev.dialtone.flow.ProblemCodes;
import java.util.List;

/**
 * Jumps back along {@code loop} at most {@code count} times, then leaves by {@code done}: with
 * count 2 the loop target runs three times in all.
 */
@AutoService(NodeType.class)
public final class GotoNode implements NodeType {

  public static final String NAME = "goto";
  public static final String COUNT = "count";
  public static final String LOOP = "loop";
  public static final String DONE = "done";

  private static final List<OptionSpec> OPTIONS =
      List.of(
          OptionSpec.required(COUNT, OptionType.INTEGER, "How many times to jump back", atLeast(1))
              .whenMissing(ProblemCodes.GOTO_WITHOUT_COUNT));

  private static final List<Port> PORTS =
      List.of(new Port(LOOP, ProblemCodes.GOTO_WITHOUT_LOOP), Port.of(DONE));

  public int paletteOrder() {
    return 60;
  }

  public String name() {
    return NAME;
  }

  @Override
  public boolean isAction() {
    return false;
  }

  public String description() {
    return "Jump back a limited number of times";
  }

  public String colour() {
    return "#db2777";
  }

  public String icon() {
    return "vaadin:rotate-left";
  }

  public List<OptionSpec> options() {
    return OPTIONS;
  }

  public List<Port> fixedPorts() {
    return PORTS;
  }
}
