package dev.dialtone.runtime.dialing;

import dev.dialtone.runtime.groups.CallGroup;
import dev.dialtone.runtime.groups.GroupDestination;
import dev.dialtone.runtime.groups.GroupService;
import dev.dialtone.runtime.groups.RingMethod;
import dev.dialtone.telephony.Destination;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** Turns saved groups (and inline destination lists) into the tree the dialer rings. */
public class GroupTrees {

  private final Function<UUID, CallGroup> groups;

  public GroupTrees(GroupService groups) {
    this(groups::get);
  }

  /**
   * @param groups the saved group of an id; throws when there is none (e.g. offline, where no group
   *     is saved)
   */
  public GroupTrees(Function<UUID, CallGroup> groups) {
    this.groups = groups;
  }

  /** A saved group with every nested group resolved as it is stored now. */
  public DialTree.Group resolve(UUID groupId) {
    return resolve(groups.apply(groupId), new HashSet<>());
  }

  /** An inline list (a node's own destinations); members of type group are resolved. */
  public DialTree.Group inline(
      RingMethod method, Duration timeout, List<GroupDestination> destinations) {
    return new DialTree.Group("inline", method, timeout, members(destinations, new HashSet<>()));
  }

  private DialTree.Group resolve(CallGroup group, Set<UUID> path) {
    // The store refuses cycles; this guards a graph changed between reads all the same.
    if (!path.add(group.id())) {
      throw new IllegalStateException("group " + group.name() + " contains itself");
    }
    DialTree.Group tree =
        new DialTree.Group(
            group.name(),
            group.ringMethod(),
            Duration.ofMillis(group.dialTimeoutMs()),
            members(group.destinations(), path));
    path.remove(group.id());
    return tree;
  }

  private List<DialTree> members(List<GroupDestination> destinations, Set<UUID> path) {
    List<DialTree> members = new ArrayList<>();
    for (GroupDestination d : destinations) {
      members.add(
          switch (d.type()) {
            case TEL -> new DialTree.Target(Destination.tel(d.target()));
            case ENDPOINT -> new DialTree.Target(Destination.endpoint(d.target()));
            case GROUP -> resolve(groups.apply(UUID.fromString(d.target())), path);
          });
    }
    return members;
  }
}
