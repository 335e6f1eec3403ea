package dev.dialtone.runtime.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialtone.flow.Problem;
import dev.dialtone.runtime.db.TestDatabase;
import dev.dialtone.runtime.flows.FlowRepository;
import dev.dialtone.runtime.flows.FlowVersionRepository;
import dev.dialtone.runtime.groups.GroupDraft.DestinationDraft;
import dev.dialtone.runtime.problems.ConflictException;
import dev.dialtone.runtime.problems.InvalidInputException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Groups stored and refused on each database, through the service and its repository. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class GroupServiceIT {

  @Parameter TestDatabase database;

  GroupService groups;
  GroupRepository repository;

  @BeforeEach
  void setUp() {
    database.reset();
    repository = new GroupRepository(database.dsl());
    groups = new GroupService(repository, new PublishedFlowsGroupUsage(database.dsl()));
  }

  @Test
  void aGroupWithEveryKindOfDestinationReadsBackInRingOrder() {
    CallGroup support = groups.create(draft("support", "linear", null, tel("+15550001")));
    CallGroup sales =
        groups.create(
            draft(
                "sales",
                "ring_all",
                5000,
                tel("+15550002"),
                new DestinationDraft("endpoint", "PJSIP/alice"),
                new DestinationDraft("endpoint", "Local/100@from-internal"),
                group(support)));

    CallGroup read = groups.get(sales.id());
    assertThat(read.ringMethod()).isEqualTo(RingMethod.RING_ALL);
    assertThat(read.dialTimeoutMs()).isEqualTo(5000);
    assertThat(read.destinations())
        .containsExactly(
            new GroupDestination(GroupDestination.Type.TEL, "+15550002"),
            new GroupDestination(GroupDestination.Type.ENDPOINT, "PJSIP/alice"),
            new GroupDestination(GroupDestination.Type.ENDPOINT, "Local/100@from-internal"),
            new GroupDestination(GroupDestination.Type.GROUP, support.id().toString()));
    assertThat(groups.get(support.id()).dialTimeoutMs()).isEqualTo(30_000);
    assertThat(groups.list()).extracting(CallGroup::name).containsExactly("sales", "support");
  }

  @Test
  void aCycleIsRefusedNamingItAndNothingChanges() {
    CallGroup support = groups.create(draft("support", "linear", null, tel("+15550001")));
    CallGroup sales = groups.create(draft("sales", "ring_all", null, group(support)));

    assertThatThrownBy(
            () -> groups.update(support.id(), draft("support", "linear", null, group(sales))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        new Problem(
                            null,
                            "destinations",
                            "group_cycle",
                            "groups would contain each other: support → sales → support")));
    assertThat(groups.get(support.id()).destinations())
        .containsExactly(new GroupDestination(GroupDestination.Type.TEL, "+15550001"));
  }

  @Test
  void aGroupContainingItselfIsACycle() {
    CallGroup sales = groups.create(draft("sales", "ring_all", null, tel("+15550001")));

    assertThatThrownBy(
            () -> groups.update(sales.id(), draft("sales", "ring_all", null, group(sales))))
        .hasMessage("groups would contain each other: sales → sales");
  }

  @Test
  void badFieldsAreEachNamedAndNothingIsStored() {
    assertThatThrownBy(
            () ->
                groups.create(
                    draft(
                        "",
                        "round_robin",
                        0,
                        tel("0301234"),
                        new DestinationDraft("endpoint", "alice"),
                        new DestinationDraft("group", UUID.randomUUID().toString()),
                        new DestinationDraft("fax", "+15550001"))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::field, Problem::code)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("name", "invalid_name"),
                        org.assertj.core.groups.Tuple.tuple("ring_method", "invalid_ring_method"),
                        org.assertj.core.groups.Tuple.tuple("dial_timeout_ms", "invalid_timeout"),
                        org.assertj.core.groups.Tuple.tuple(
                            "destinations[0].target", "invalid_number"),
                        org.assertj.core.groups.Tuple.tuple(
                            "destinations[1].target", "invalid_endpoint"),
                        org.assertj.core.groups.Tuple.tuple(
                            "destinations[2].target", "unknown_group"),
                        org.assertj.core.groups.Tuple.tuple(
                            "destinations[3].type", "invalid_destination_type")));
    assertThatThrownBy(() -> groups.create(draft("empty", "linear", null)))
        .hasMessage("a group needs at least one destination");
    assertThat(groups.list()).isEmpty();
  }

  @Test
  void aTakenNameIsAConflict() {
    groups.create(draft("sales", "linear", null, tel("+15550001")));

    assertThatThrownBy(() -> groups.create(draft("sales", "ring_all", null, tel("+15550002"))))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("'sales'");
    assertThat(groups.list()).hasSize(1);
  }

  @Test
  void aContainedGroupCannotBeDeletedUntilItsContainerLetsGo() {
    CallGroup support = groups.create(draft("support", "linear", null, tel("+15550001")));
    CallGroup sales = groups.create(draft("sales", "ring_all", null, group(support)));

    assertThatThrownBy(() -> groups.delete(support.id()))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("group 'sales'");
    assertThat(groups.list()).hasSize(2);

    groups.delete(sales.id());
    groups.delete(support.id());
    assertThat(groups.list()).isEmpty();
  }

  @Test
  void aGroupThatTheLatestPublishedVersionOfAFlowCallsCannotBeDeleted() {
    CallGroup support = groups.create(draft("support", "linear", null, tel("+15550001")));
    CallGroup spare = groups.create(draft("spare", "linear", null, tel("+15550002")));
    FlowRepository flows = new FlowRepository(database.dsl());
    FlowVersionRepository versions = new FlowVersionRepository(database.dsl());
    UUID byOption = flows.create("Support line", "{}", "alice").id();
    UUID inline = flows.create("Night line", "{}", "alice").id();
    UUID moved = flows.create("Old line", "{}", "alice").id();
    versions.publish(
        byOption, groupcall("\"group\": \"" + support.id() + "\""), "<bpmn/>", "alice");
    versions.publish(
        inline,
        groupcall(
            "\"destinations\": [{\"type\": \"group\", \"target\": \"" + support.id() + "\"}]"),
        "<bpmn/>",
        "alice");
    versions.publish(moved, groupcall("\"group\": \"" + support.id() + "\""), "<bpmn/>", "alice");
    versions.publish(moved, groupcall("\"group\": \"" + spare.id() + "\""), "<bpmn/>", "alice");

    assertThatThrownBy(() -> groups.delete(support.id()))
        .isInstanceOf(ConflictException.class)
        .hasMessage(
            "group " + support.id() + " is still used by flow 'Night line', flow 'Support line'");
    assertThat(new PublishedFlowsGroupUsage(database.dsl()).usersOf(spare.id()))
        .containsExactly("flow 'Old line'");
    assertThat(groups.list()).hasSize(2);
  }

  private static String groupcall(String options) {
    return "{\"format\": \"dialtone.flow/1\", \"nodes\": [{\"id\": \"start\", \"type\": \"start\"},"
        + " {\"id\": \"ring\", \"type\": \"groupcall\", \"options\": {"
        + options
        + "}}], \"edges\": []}";
  }

  private static DestinationDraft tel(String number) {
    return new DestinationDraft("tel", number);
  }

  private static DestinationDraft group(CallGroup group) {
    return new DestinationDraft("group", group.id().toString());
  }

  private static GroupDraft draft(
      String name, String method, Integer timeout, DestinationDraft... destinations) {
    return new GroupDraft(name, method, timeout, List.of(destinations));
  }
}
