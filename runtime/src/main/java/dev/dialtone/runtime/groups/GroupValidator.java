package dev.dialtone.runtime.groups;

import dev.dialtone.flow.Problem;
import dev.dialtone.flow.nodes.DestinationRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Checks a group draft against the stored graph; collects every problem, each naming its field and
 * value, and never throws.
 */
final class GroupValidator {

  static final int DEFAULT_DIAL_TIMEOUT_MS = 30_000;
  private static final int MAX_NAME = 100;
  private static final int MAX_DESTINATIONS = 100;

  private GroupValidator() {}

  /**
   * @param self the id the group has (or will get)
   * @param graph every stored group (the one being edited with its old members, if any)
   */
  static List<Problem> check(GroupDraft draft, UUID self, Map<UUID, GroupLinks> graph) {
    List<Problem> problems = new ArrayList<>();
    String name = draft.name();
    if (name == null || name.isBlank() || name.length() > MAX_NAME || !name.equals(name.strip())) {
      problems.add(
          problem(
              "name",
              "invalid_name",
              "name must be 1 to "
                  + MAX_NAME
                  + " characters without outer spaces, got "
                  + show(name)));
    }
    if (RingMethod.parse(draft.ringMethod()).isEmpty()) {
      problems.add(
          problem(
              "ring_method",
              "invalid_ring_method",
              "ring_method must be 'ring_all' or 'linear', got " + show(draft.ringMethod())));
    }
    if (draft.dialTimeoutMs() != null && draft.dialTimeoutMs() <= 0) {
      problems.add(
          problem(
              "dial_timeout_ms",
              "invalid_timeout",
              "dial_timeout_ms must be a positive number of milliseconds, got "
                  + draft.dialTimeoutMs()));
    }
    List<GroupDraft.DestinationDraft> destinations = draft.destinations();
    if (destinations == null || destinations.isEmpty()) {
      problems.add(
          problem("destinations", "no_destinations", "a group needs at least one destination"));
      return problems;
    }
    if (destinations.size() > MAX_DESTINATIONS) {
      problems.add(
          problem(
              "destinations",
              "too_many_destinations",
              "a group holds at most "
                  + MAX_DESTINATIONS
                  + " destinations, got "
                  + destinations.size()));
    }
    List<UUID> members = new ArrayList<>();
    for (int i = 0; i < destinations.size(); i++) {
      checkDestination(i, destinations.get(i), self, graph, members, problems);
    }
    if (problems.isEmpty()) {
      GroupCycles.closedBy(self, name, members, graph)
          .ifPresent(
              cycle ->
                  problems.add(
                      problem(
                          "destinations",
                          "group_cycle",
                          "groups would contain each other: " + String.join(" → ", cycle))));
    }
    return problems;
  }

  private static void checkDestination(
      int index,
      GroupDraft.DestinationDraft destination,
      UUID self,
      Map<UUID, GroupLinks> graph,
      List<UUID> members,
      List<Problem> problems) {
    String field = "destinations[" + index + "]";
    if (destination == null) {
      problems.add(problem(field, "missing_value", field + " is empty"));
      return;
    }
    var type = GroupDestination.Type.parse(destination.type());
    String target = destination.target();
    if (type.isEmpty()) {
      problems.add(
          problem(
              field + ".type",
              "invalid_destination_type",
              field
                  + ".type must be 'tel', 'endpoint' or 'group', got "
                  + show(destination.type())));
      return;
    }
    switch (type.get()) {
      case TEL -> {
        if (!DestinationRules.isTel(target)) {
          problems.add(
              problem(
                  field + ".target",
                  "invalid_number",
                  field
                      + ".target must be an E.164 number ('+' then 2 to 15 digits, not starting"
                      + " with 0), got "
                      + show(target)));
        }
      }
      case ENDPOINT -> {
        if (!DestinationRules.isEndpoint(target)) {
          problems.add(
              problem(
                  field + ".target",
                  "invalid_endpoint",
                  field
                      + ".target must be an endpoint like 'PJSIP/alice' or 'Local/100@context',"
                      + " got "
                      + show(target)));
        }
      }
      case GROUP -> {
        UUID member = parseId(target);
        if (member == null || (!graph.containsKey(member) && !member.equals(self))) {
          problems.add(
              problem(
                  field + ".target",
                  "unknown_group",
                  field + ".target must be the id of a saved group, got " + show(target)));
        } else {
          members.add(member);
        }
      }
    }
  }

  private static UUID parseId(String text) {
    try {
      return text == null ? null : UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String show(String value) {
    return value == null ? "nothing" : "'" + value + "'";
  }

  private static Problem problem(String field, String code, String message) {
    return new Problem(null, field, code, message);
  }
}
