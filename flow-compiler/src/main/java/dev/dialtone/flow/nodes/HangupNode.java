package dev.dialtone.flow.nodes;

import com.google.auto.service.AutoService;
import java.util.List;

/** Ends the call; the flow ends here, so it has no ports. */
@AutoService(NodeType.class)
public final class HangupNode implements NodeType {

  public static final String NAME = "hangup";

  public int paletteOrder() {
    return 1000;
  }

  public String name() {
    return NAME;
  }

  public String description() {
    return "Hang up the call";
  }

  public String colour() {
    return "#dc2626";
  }

  public String icon() {
    return "vaadin:close-circle-o";
  }

  public List<OptionSpec> options() {
    return List.of();
  }

  public List<Port> fixedPorts() {
    return List.of();
  }
}
