package dev.dialtone.runtime.groups;

import dev.dialtone.flow.nodes.KnownGroups;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The saved groups as the compiler's validation sees them, so that the editor and publish both
 * report a groupcall naming a group that does not exist. Read at each validation: a group deleted
 * or created a moment ago counts as such.
 */
public class SavedGroups implements KnownGroups {

  private final Supplier<GroupRepository> groups;

  /**
   * @param groups the repository, or null while there is none (then nothing is checked)
   */
  public SavedGroups(Supplier<GroupRepository> groups) {
    this.groups = groups;
  }

  @Override
  public boolean exists(String groupId) {
    GroupRepository repository = groups.get();
    if (repository == null) {
      return true;
    }
    try {
      return repository.find(UUID.fromString(groupId)).isPresent();
    } catch (IllegalArgumentException notAnId) {
      return false;
    }
  }
}
