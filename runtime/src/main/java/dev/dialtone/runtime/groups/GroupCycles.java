package dev.dialtone.runtime.groups;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Finds the cycle a group would close if it contained {@code members}: a depth-first walk from each
 * member over the stored graph, back to the group itself.
 */
final class GroupCycles {

  private GroupCycles() {}

  /**
   * @return the names along the cycle, starting and ending with the group, e.g. {@code [sales,
   *     support, sales]}; empty if there is none
   */
  static Optional<List<String>> closedBy(
      UUID group, String name, List<UUID> members, Map<UUID, GroupLinks> graph) {
    Set<UUID> done = new HashSet<>();
    for (UUID member : members) {
      List<String> path = new ArrayList<>(List.of(name));
      if (reaches(member, group, graph, path, done)) {
        path.add(name);
        return Optional.of(path);
      }
    }
    return Optional.empty();
  }

  private static boolean reaches(
      UUID from, UUID target, Map<UUID, GroupLinks> graph, List<String> path, Set<UUID> done) {
    if (from.equals(target)) {
      return true;
    }
    GroupLinks links = graph.get(from);
    if (links == null || !done.add(from)) {
      return false;
    }
    path.add(links.name());
    for (UUID next : links.members()) {
      if (reaches(next, target, graph, path, done)) {
        return true;
      }
    }
    path.removeLast();
    return false;
  }
}
