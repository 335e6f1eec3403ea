package dev.dialtone.runtime.groups;

import java.util.List;
import java.util.UUID;

/**
 * Who outside the groups themselves depends on a group: deleting it is refused while this names
 * anyone. The flow side implements it (published flows whose groupcall nodes name the group).
 */
public interface GroupUsage {

  /** Human-readable names of the users of the group, e.g. {@code flow 'Support line'}. */
  List<String> usersOf(UUID groupId);
}
