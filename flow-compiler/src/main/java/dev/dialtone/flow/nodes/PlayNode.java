package dev.dialtone.flow.nodes;

import static dev.dialtone.flow.nodes.OptionRule.httpUrl;

import com.google.auto.service.AutoService;
import dev.dialtone.flow.model.FlowEdge;
import java.util.List;

/** Plays an audio file fetched from a URL. */
@AutoService(NodeType.class)
public final class PlayNode implements NodeType {

  public static final String NAME = "play";
  public static final String URL = "url";

  private static final List<OptionSpec> OPTIONS =
      List.of(
          OptionSpec.required(
              URL, OptionType.STRING, "Audio file to play (http or https)", httpUrl()));

  public int paletteOrder() {
    return 30;
  }

  public String name() {
    return NAME;
  }

  public String description() {
    return "Play an audio file";
  }

  public String colour() {
    return "#0891b2";
  }

  public String icon() {
    return "vaadin:music";
  }

  public List<OptionSpec> options() {
    return OPTIONS;
  }

  public List<Port> fixedPorts() {
    return List.of(Port.of(FlowEdge.NEXT));
  }
}
