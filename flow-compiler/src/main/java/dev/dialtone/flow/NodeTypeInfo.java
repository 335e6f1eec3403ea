package dev.dialtone.flow;

import dev.dialtone.flow.nodes.NodeType;
import dev.dialtone.flow.nodes.OptionSpec;
import dev.dialtone.flow.nodes.Port;
import java.util.List;

/**
 * A node type as the palette, the canvas and the property panel see it.
 *
 * @param colour the accent colour (CSS hex)
 * @param icon a Vaadin icon name
 * @param ports the ports every node of the type has, in display order
 * @param portsFromOption the option whose values add one port each (branch: {@code cases}, listed
 *     before the fixed ports), or null
 */
public record NodeTypeInfo(
    String type,
    String description,
    String colour,
    String icon,
    List<String> ports,
    String portsFromOption,
    List<OptionSpec> options) {

  public NodeTypeInfo {
    ports = List.copyOf(ports);
    options = List.copyOf(options);
  }

  public static NodeTypeInfo of(NodeType type) {
    return new NodeTypeInfo(
        type.name(),
        type.description(),
        type.colour(),
        type.icon(),
        type.fixedPorts().stream().map(Port::name).toList(),
        type.portsOption(),
        type.options());
  }
}
