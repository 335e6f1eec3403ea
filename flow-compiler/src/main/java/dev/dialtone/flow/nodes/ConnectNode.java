package dev.dialtone.flow.nodes;

import static dev.dialtone.flow.nodes.OptionRule.destinations;
import static dev.dialtone.flow.nodes.OptionRule.matches;

import com.google.auto.service.AutoService;
import java.util.List;

/** Dials one destination and bridges it with the caller. */
@AutoService(NodeType.class)
public final class ConnectNode implements NodeType {

  public static final String NAME = "connect";
  public static final String DESTINATION = "destination";
  public static final String CALLER_ID = "caller_id";

  private static final List<OptionSpec> OPTIONS =
      List.of(
          OptionSpec.required(
              DESTINATION,
              OptionType.DESTINATION,
              "A phone number (tel, E.164) or an endpoint (PJSIP/alice)",
              destinations(Destinations.TEL, Destinations.ENDPOINT)),
          DialPorts.dialTimeout("How long it rings, in milliseconds"),
          OptionSpec.optional(
              CALLER_ID,
              OptionType.STRING,
              "",
              "Number shown to the called party; empty: the caller's",
              matches(
                  "^$|^\\+[1-9][0-9]{1,14}$",
                  "must be an E.164 number ('+' then 2 to 15 digits) or empty")));

  public int paletteOrder() {
    return 90;
  }

  public String name() {
    return NAME;
  }

  public String description() {
    return "Dial one number or endpoint and bridge it";
  }

  public String colour() {
    return "#0d9488";
  }

  public String icon() {
    return "vaadin:connect";
  }

  public List<OptionSpec> options() {
    return OPTIONS;
  }

  public List<Port> fixedPorts() {
    return DialPorts.PORTS;
  }
}
