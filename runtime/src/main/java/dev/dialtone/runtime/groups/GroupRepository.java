package dev.dialtone.runtime.groups;

import static dev.dialtone.db.Tables.CALL_GROUPS;
import static dev.dialtone.db.Tables.CALL_GROUP_DESTINATIONS;
import static dev.dialtone.runtime.db.Timestamps.instant;
import static dev.dialtone.runtime.db.Timestamps.utc;

import dev.dialtone.db.tables.records.CallGroupDestinationsRecord;
import dev.dialtone.db.tables.records.CallGroupsRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * Saved groups and their destinations. Writers that check the group graph first (cycles, members
 * that exist) do it inside {@link #inTransaction} after {@link #lockAll}, so two concurrent edits
 * cannot each close half of a cycle.
 */
public class GroupRepository {

  private final DSLContext dsl;

  public GroupRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** Runs {@code work} in one transaction with a repository bound to it. */
  public <T> T inTransaction(Function<GroupRepository, T> work) {
    return dsl.transactionResult(tx -> work.apply(new GroupRepository(tx.dsl())));
  }

  /** Locks every group row until the transaction ends: the graph cannot change meanwhile. */
  public void lockAll() {
    dsl.select(CALL_GROUPS.ID).from(CALL_GROUPS).forUpdate().fetch();
  }

  public void insert(CallGroup group) {
    dsl.insertInto(CALL_GROUPS)
        .set(CALL_GROUPS.ID, group.id())
        .set(CALL_GROUPS.NAME, group.name())
        .set(CALL_GROUPS.RING_METHOD, group.ringMethod().wireName())
        .set(CALL_GROUPS.DIAL_TIMEOUT_MS, group.dialTimeoutMs())
        .set(CALL_GROUPS.CREATED_AT, utc(group.createdAt()))
        .set(CALL_GROUPS.UPDATED_AT, utc(group.updatedAt()))
        .execute();
    insertDestinations(group);
  }

  /**
   * @return false if there is no such group
   */
  public boolean update(CallGroup group) {
    int updated =
        dsl.update(CALL_GROUPS)
            .set(CALL_GROUPS.NAME, group.name())
            .set(CALL_GROUPS.RING_METHOD, group.ringMethod().wireName())
            .set(CALL_GROUPS.DIAL_TIMEOUT_MS, group.dialTimeoutMs())
            .set(CALL_GROUPS.UPDATED_AT, utc(group.updatedAt()))
            .where(CALL_GROUPS.ID.eq(group.id()))
            .execute();
    if (updated == 0) {
      return false;
    }
    dsl.deleteFrom(CALL_GROUP_DESTINATIONS)
        .where(CALL_GROUP_DESTINATIONS.GROUP_ID.eq(group.id()))
        .execute();
    insertDestinations(group);
    return true;
  }

  /**
   * @return false if there was no such group
   */
  public boolean delete(UUID id) {
    return dsl.deleteFrom(CALL_GROUPS).where(CALL_GROUPS.ID.eq(id)).execute() == 1;
  }

  public Optional<CallGroup> find(UUID id) {
    return dsl.selectFrom(CALL_GROUPS)
        .where(CALL_GROUPS.ID.eq(id))
        .fetchOptional()
        .map(row -> toGroup(row, destinationsOf(List.of(id)).getOrDefault(id, List.of())));
  }

  /** Every group by name, destinations in ring order: two queries in all. */
  public List<CallGroup> list() {
    List<CallGroupsRecord> rows = dsl.selectFrom(CALL_GROUPS).orderBy(CALL_GROUPS.NAME).fetch();
    Map<UUID, List<GroupDestination>> destinations =
        destinationsOf(rows.stream().map(CallGroupsRecord::getId).toList());
    return rows.stream()
        .map(row -> toGroup(row, destinations.getOrDefault(row.getId(), List.of())))
        .toList();
  }

  /** Names of the groups that contain {@code id} directly, by name. */
  public List<String> containersOf(UUID id) {
    return dsl.selectDistinct(CALL_GROUPS.NAME)
        .from(CALL_GROUPS)
        .join(CALL_GROUP_DESTINATIONS)
        .on(CALL_GROUP_DESTINATIONS.GROUP_ID.eq(CALL_GROUPS.ID))
        .where(CALL_GROUP_DESTINATIONS.MEMBER_GROUP_ID.eq(id))
        .orderBy(CALL_GROUPS.NAME)
        .fetch(CALL_GROUPS.NAME);
  }

  /** The whole group graph: each group's name and the groups it contains, in ring order. */
  Map<UUID, GroupLinks> links() {
    Map<UUID, String> names = new LinkedHashMap<>();
    dsl.select(CALL_GROUPS.ID, CALL_GROUPS.NAME)
        .from(CALL_GROUPS)
        .fetch()
        .forEach(r -> names.put(r.value1(), r.value2()));
    Map<UUID, List<UUID>> members = new LinkedHashMap<>();
    dsl.select(CALL_GROUP_DESTINATIONS.GROUP_ID, CALL_GROUP_DESTINATIONS.MEMBER_GROUP_ID)
        .from(CALL_GROUP_DESTINATIONS)
        .where(CALL_GROUP_DESTINATIONS.MEMBER_GROUP_ID.isNotNull())
        .orderBy(CALL_GROUP_DESTINATIONS.GROUP_ID, CALL_GROUP_DESTINATIONS.POSITION)
        .fetch()
        .forEach(r -> members.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
    Map<UUID, GroupLinks> links = new LinkedHashMap<>();
    names.forEach(
        (id, name) -> links.put(id, new GroupLinks(name, members.getOrDefault(id, List.of()))));
    return links;
  }

  private void insertDestinations(CallGroup group) {
    List<CallGroupDestinationsRecord> rows = new ArrayList<>();
    List<GroupDestination> destinations = group.destinations();
    for (int i = 0; i < destinations.size(); i++) {
      GroupDestination d = destinations.get(i);
      boolean member = d.type() == GroupDestination.Type.GROUP;
      CallGroupDestinationsRecord row = dsl.newRecord(CALL_GROUP_DESTINATIONS);
      row.setGroupId(group.id());
      row.setPosition(i);
      row.setKind(d.type().wireName());
      row.setTarget(member ? null : d.target());
      row.setMemberGroupId(member ? UUID.fromString(d.target()) : null);
      rows.add(row);
    }
    if (!rows.isEmpty()) {
      dsl.batchInsert(rows).execute();
    }
  }

  private Map<UUID, List<GroupDestination>> destinationsOf(List<UUID> groupIds) {
    Map<UUID, List<GroupDestination>> byGroup = new LinkedHashMap<>();
    if (groupIds.isEmpty()) {
      return byGroup;
    }
    dsl.selectFrom(CALL_GROUP_DESTINATIONS)
        .where(CALL_GROUP_DESTINATIONS.GROUP_ID.in(groupIds))
        .orderBy(CALL_GROUP_DESTINATIONS.GROUP_ID, CALL_GROUP_DESTINATIONS.POSITION)
        .fetch()
        .forEach(
            row ->
                byGroup
                    .computeIfAbsent(row.getGroupId(), k -> new ArrayList<>())
                    .add(toDestination(row)));
    return byGroup;
  }

  private static GroupDestination toDestination(CallGroupDestinationsRecord row) {
    GroupDestination.Type type = GroupDestination.Type.parse(row.getKind()).orElseThrow();
    return new GroupDestination(
        type,
        type == GroupDestination.Type.GROUP ? row.getMemberGroupId().toString() : row.getTarget());
  }

  private static CallGroup toGroup(CallGroupsRecord row, List<GroupDestination> destinations) {
    return new CallGroup(
        row.getId(),
        row.getName(),
        RingMethod.parse(row.getRingMethod()).orElseThrow(),
        row.getDialTimeoutMs(),
        destinations,
        instant(row.getCreatedAt()),
        instant(row.getUpdatedAt()));
  }
}
