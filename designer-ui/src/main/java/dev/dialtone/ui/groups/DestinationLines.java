package dev.dialtone.ui.groups;

import dev.dialtone.runtime.groups.CallGroup;
import dev.dialtone.runtime.groups.GroupDestination;
import dev.dialtone.runtime.groups.GroupDraft.DestinationDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Groups screen types destinations as lines: {@code +15550001} (a number), {@code PJSIP/alice}
 * (an endpoint) or {@code group: Support} (a saved group, by name). A name that matches no group is
 * passed on as it is, so the service's problem names it.
 */
final class DestinationLines {

  static final String GROUP_PREFIX = "group:";

  private DestinationLines() {}

  static List<DestinationDraft> parse(String text, List<CallGroup> groups) {
    Map<String, UUID> byName =
        groups.stream().collect(Collectors.toMap(CallGroup::name, CallGroup::id, (a, b) -> a));
    List<DestinationDraft> destinations = new ArrayList<>();
    for (String raw : text.split("\\R")) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith(GROUP_PREFIX)) {
        String name = line.substring(GROUP_PREFIX.length()).strip();
        UUID id = byName.get(name);
        destinations.add(new DestinationDraft("group", id == null ? name : id.toString()));
      } else if (line.startsWith("+")) {
        destinations.add(new DestinationDraft("tel", line));
      } else {
        destinations.add(new DestinationDraft("endpoint", line));
      }
    }
    return destinations;
  }

  static String format(CallGroup group, List<CallGroup> groups) {
    Map<String, String> names =
        groups.stream()
            .collect(Collectors.toMap(g -> g.id().toString(), CallGroup::name, (a, b) -> a));
    return group.destinations().stream()
        .map(d -> line(d, names::get))
        .collect(Collectors.joining("\n"));
  }

  private static String line(GroupDestination d, Function<String, String> groupName) {
    if (d.type() != GroupDestination.Type.GROUP) {
      return d.target();
    }
    String name = groupName.apply(d.target());
    return GROUP_PREFIX + " " + (name == null ? d.target() : name);
  }
}
