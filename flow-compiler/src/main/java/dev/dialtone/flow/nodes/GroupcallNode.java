package dev.dialtone.flow.nodes;

import static dev.dialtone.flow.nodes.OptionRule.destinations;
import static dev.dialtone.flow.nodes.OptionRule.oneOf;

import com.google.auto.service.AutoService;
import dev.dialtone.flow.Problem;
import dev.dialtone.flow.ProblemCodes;
import dev.dialtone.flow.model.FlowNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Rings several destinations — all at once or one after the other — and bridges the first to answer
 * with the caller. The destinations are either the node's own list or a saved group, named by its
 * id (stable across renames, and what nested group destinations use too); with a group, the group's
 * own ring method and timeout apply.
 */
@AutoService(NodeType.class)
public final class GroupcallNode implements NodeType {

  public static final String NAME = "groupcall";
  public static final String GROUP = "group";
  public static final String RING_METHOD = "ring_method";
  public static final String DESTINATIONS = "destinations";
  public static final String RING_ALL = "ring_all";
  public static final String LINEAR = "linear";

  /** A group that is not saved (any more). */
  public static final String UNKNOWN_GROUP = "unknown_group";

  private static final List<OptionSpec> OPTIONS =
      List.of(
          OptionSpec.optional(
              GROUP,
              OptionType.GROUP,
              "",
              "Id of a saved group to ring instead of the destinations below",
              new OptionRule[0]),
          OptionSpec.optional(
              RING_METHOD,
              OptionType.STRING,
              RING_ALL,
              "ring_all: every destination at once; linear: one after the other",
              oneOf(RING_ALL, LINEAR)),
          DialPorts.dialTimeout("How long each destination rings, in milliseconds"),
          OptionSpec.optional(
              DESTINATIONS,
              OptionType.DESTINATION_LIST,
              List.of(),
              "Phone numbers (tel, E.164), endpoints (PJSIP/alice) or saved groups (group id)",
              destinations(Destinations.TEL, Destinations.ENDPOINT, Destinations.GROUP)));

  public int paletteOrder() {
    return 80;
  }

  public String name() {
    return NAME;
  }

  public String description() {
    return "Ring several people; bridge the first to answer";
  }

  public String colour() {
    return "#c026d3";
  }

  public String icon() {
    return "vaadin:group";
  }

  public List<OptionSpec> options() {
    return OPTIONS;
  }

  public List<Port> fixedPorts() {
    return DialPorts.PORTS;
  }

  /** The saved group the node rings, or null when it rings its own list. */
  public static String group(FlowNode node) {
    return node.options().get(GROUP) instanceof String id && !id.isEmpty() ? id : null;
  }

  @Override
  public List<Problem> check(FlowNode node) {
    String group = group(node);
    // An empty list is the list rule's to report.
    boolean listed = node.options().get(DESTINATIONS) != null;
    if (group == null && !listed) {
      return List.of(
          OptionProblems.of(
              node,
              DESTINATIONS,
              ProblemCodes.MISSING_OPTION,
              "must list at least one destination (or set 'group')"));
    }
    if (group != null && listed) {
      return List.of(OptionProblems.invalid(node, GROUP, "cannot be combined with 'destinations'"));
    }
    if (group != null && !GroupIds.isId(group)) {
      return List.of(
          OptionProblems.invalid(
              node, GROUP, "must be the id of a saved group, got " + OptionType.show(group)));
    }
    return List.of();
  }

  @Override
  public List<Problem> checkReferences(FlowNode node, KnownGroups groups) {
    List<Problem> problems = new ArrayList<>();
    String group = group(node);
    if (group != null && GroupIds.isId(group) && !groups.exists(group)) {
      problems.add(missing(node, GROUP, group));
    }
    if (node.options().get(DESTINATIONS) instanceof List<?> list) {
      for (Object destination : list) {
        String target = Destinations.target(destination);
        if (Destinations.GROUP.equals(Destinations.type(destination))
            && !(GroupIds.isId(target) && groups.exists(target))) {
          problems.add(missing(node, DESTINATIONS, target));
        }
      }
    }
    return problems;
  }

  private static Problem missing(FlowNode node, String option, String group) {
    return Problem.ofNode(
        node.id(),
        option,
        UNKNOWN_GROUP,
        "groupcall node '" + node.id() + "': group '" + group + "' does not exist");
  }
}
