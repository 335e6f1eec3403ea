package dev.dialtone.flow.nodes;

import com.google.auto.service.AutoService;
import dev.dialtone.flow.model.FlowEdge;
import java.util.List;

/** Where every call enters the flow; exactly one per flow. */
@AutoService(NodeType.class)
public final class StartNode implements NodeType {

  public static final String NAME = "start";

  public int paletteOrder() {
    return 10;
  }

  public String name() {
    return NAME;
  }

  @Override
  public boolean isAction() {
    return false;
  }

  public String description() {
    return "Where the call enters the flow";
  }

  public String colour() {
    return "#16a34a";
  }

  public String icon() {
    return "vaadin:play-circle-o";
  }

  public List<OptionSpec> options() {
    return List.of();
  }

  public List<Port> fixedPorts() {
    return List.of(Port.of(FlowEdge.NEXT));
  }
}
