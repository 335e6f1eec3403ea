package dev.dialtone.runtime.groups;

import dev.dialtone.flow.Problem;
import dev.dialtone.runtime.db.SqlErrors;
import dev.dialtone.runtime.db.Timestamps;
import dev.dialtone.runtime.problems.ConflictException;
import dev.dialtone.runtime.problems.InvalidInputException;
import dev.dialtone.runtime.problems.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Saved groups: validated as a whole (fields, destinations, members that exist, no cycle) against
 * the graph as it stands inside the writing transaction; nothing is stored on refusal.
 */
public class GroupService {

  private final GroupRepository groups;
  private final GroupUsage usage;

  public GroupService(GroupRepository groups, GroupUsage usage) {
    this.groups = groups;
    this.usage = usage;
  }

  public CallGroup create(GroupDraft draft) {
    UUID id = UUID.randomUUID();
    return write(
        draft,
        id,
        tx -> {
          Instant now = Timestamps.now();
          CallGroup group = built(id, draft, now, now);
          tx.insert(group);
          return group;
        });
  }

  public CallGroup update(UUID id, GroupDraft draft) {
    CallGroup old = get(id);
    return write(
        draft,
        id,
        tx -> {
          CallGroup group = built(id, draft, old.createdAt(), Timestamps.now());
          if (!tx.update(group)) {
            throw notFound(id);
          }
          return group;
        });
  }

  /**
   * Deletes a group no other group contains and no published flow uses; otherwise a conflict that
   * names them.
   */
  public void delete(UUID id) {
    get(id);
    List<String> users = new ArrayList<>(usage.usersOf(id));
    groups.inTransaction(
        tx -> {
          tx.lockAll();
          tx.containersOf(id).forEach(name -> users.add("group '" + name + "'"));
          if (!users.isEmpty()) {
            throw new ConflictException(
                "group_in_use", "group " + id + " is still used by " + String.join(", ", users));
          }
          if (!tx.delete(id)) {
            throw notFound(id);
          }
          return null;
        });
  }

  public CallGroup get(UUID id) {
    return groups.find(id).orElseThrow(() -> notFound(id));
  }

  public List<CallGroup> list() {
    return groups.list();
  }

  /** Validates the draft against the graph locked in the transaction, then stores it. */
  private CallGroup write(GroupDraft draft, UUID id, Function<GroupRepository, CallGroup> store) {
    try {
      return groups.inTransaction(
          tx -> {
            tx.lockAll();
            Map<UUID, GroupLinks> graph = tx.links();
            List<Problem> problems = GroupValidator.check(draft, id, graph);
            if (!problems.isEmpty()) {
              throw new InvalidInputException(problems);
            }
            return store.apply(tx);
          });
    } catch (RuntimeException e) {
      if (SqlErrors.isUniqueViolation(e)) {
        throw new ConflictException(
            "group_name_taken", "there is already a group named '" + draft.name() + "'");
      }
      throw e;
    }
  }

  private static CallGroup built(UUID id, GroupDraft draft, Instant created, Instant updated) {
    List<GroupDestination> destinations =
        draft.destinations().stream()
            .map(
                d ->
                    new GroupDestination(
                        GroupDestination.Type.parse(d.type()).orElseThrow(), d.target()))
            .toList();
    return new CallGroup(
        id,
        draft.name(),
        RingMethod.parse(draft.ringMethod()).orElseThrow(),
        draft.dialTimeoutMs() == null
            ? GroupValidator.DEFAULT_DIAL_TIMEOUT_MS
            : draft.dialTimeoutMs(),
        destinations,
        created,
        updated);
  }

  private static NotFoundException notFound(UUID id) {
    return new NotFoundException("there is no group " + id);
  }
}
