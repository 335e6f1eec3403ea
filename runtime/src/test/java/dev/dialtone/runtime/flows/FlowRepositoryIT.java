package dev.dialtone.runtime.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialtone.runtime.calls.CallRepository;
import dev.dialtone.runtime.calls.CallTestData;
import dev.dialtone.runtime.db.TestDatabase;
import dev.dialtone.runtime.numbers.NumberRepository;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class FlowRepositoryIT {

  private static final String DOC = "{\"format\":\"dialtone.flow/1\",\"nodes\":[],\"edges\":[]}";

  @Parameter TestDatabase database;

  FlowRepository flows;
  FlowVersionRepository versions;
  NumberRepository numbers;

  @BeforeEach
  void setUp() {
    database.reset();
    flows = new FlowRepository(database.dsl());
    versions = new FlowVersionRepository(database.dsl());
    numbers = new NumberRepository(database.dsl());
  }

  @Test
  void createdFlowStartsAtRevisionOneAndReadsBackAsStored() {
    // large and non-ASCII, so "text" really holds a document rather than a short varchar
    String bigDocument = "{\"text\":\"" + "Grüß Gott, 你好 ".repeat(20_000) + "\"}";

    StoredFlow created = flows.create("Main menu", bigDocument, "alice");

    assertThat(created.revision()).isEqualTo(1);
    assertThat(created.createdBy()).isEqualTo("alice");
    assertThat(created.updatedBy()).isEqualTo("alice");
    assertThat(created.updatedAt()).isEqualTo(created.createdAt());
    assertThat(created.latestPublishedVersion()).isNull();
    assertThat(flows.find(created.id())).contains(created);
  }

  @Test
  void unknownFlowIsNotFound() {
    assertThat(flows.find(UUID.randomUUID())).isEmpty();
  }

  @Test
  void updateWithTheCurrentRevisionSavesAndIncrementsIt() {
    StoredFlow created = flows.create("Main menu", DOC, "alice");

    FlowUpdate result = flows.update(created.id(), 1, "Main menu v2", "{\"v\":2}", "bob");

    StoredFlow updated = ((FlowUpdate.Updated) result).flow();
    assertThat(updated.revision()).isEqualTo(2);
    assertThat(updated.name()).isEqualTo("Main menu v2");
    assertThat(updated.documentJson()).isEqualTo("{\"v\":2}");
    assertThat(updated.createdBy()).isEqualTo("alice");
    assertThat(updated.createdAt()).isEqualTo(created.createdAt());
    assertThat(updated.updatedBy()).isEqualTo("bob");
    assertThat(updated.updatedAt()).isAfterOrEqualTo(created.updatedAt());
    assertThat(flows.find(created.id())).contains(updated);
  }

  @Test
  void updateWithAStaleRevisionIsRefusedAndLeavesTheRowUnchanged() {
    StoredFlow created = flows.create("Main menu", DOC, "alice");
    StoredFlow bobs =
        ((FlowUpdate.Updated) flows.update(created.id(), 1, "Bob's", "{\"by\":\"bob\"}", "bob"))
            .flow();

    FlowUpdate carols = flows.update(created.id(), 1, "Carol's", "{\"by\":\"carol\"}", "carol");

    assertThat(carols).isEqualTo(new FlowUpdate.StaleRevision(2));
    assertThat(flows.find(created.id())).contains(bobs);
  }

  @Test
  void updateOfAnUnknownFlowIsNotFound() {
    assertThat(flows.update(UUID.randomUUID(), 1, "x", DOC, "bob"))
        .isEqualTo(new FlowUpdate.NotFound());
  }

  @Test
  void findShowsTheLatestPublishedVersion() {
    StoredFlow flow = flows.create("Main menu", DOC, "alice");
    versions.publish(flow.id(), DOC, "<bpmn/>", "alice");
    versions.publish(flow.id(), DOC, "<bpmn/>", "alice");

    assertThat(flows.find(flow.id()).orElseThrow().latestPublishedVersion()).isEqualTo(2);
  }

  @Test
  void listIsSortedByNameIgnoringCaseWithLatestVersionAndNumbers() {
    StoredFlow support = flows.create("support", DOC, "alice");
    StoredFlow main = flows.create("Main menu", DOC, "alice");
    StoredFlow after = flows.create("After hours", DOC, "alice");
    versions.publish(main.id(), DOC, "<bpmn/>", "alice");
    versions.publish(main.id(), DOC, "<bpmn/>", "alice");
    numbers.create("+4930901820", main.id());
    numbers.create("+4930123456", main.id());
    numbers.create("+4940555555", support.id());
    numbers.create("+4989000000", null);

    var list = flows.list();

    assertThat(list)
        .extracting(FlowSummary::name)
        .containsExactly("After hours", "Main menu", "support");
    assertThat(list.get(0).numbers()).isEmpty();
    assertThat(list.get(0).latestPublishedVersion()).isNull();
    assertThat(list.get(1).id()).isEqualTo(main.id());
    assertThat(list.get(1).latestPublishedVersion()).isEqualTo(2);
    assertThat(list.get(1).numbers()).containsExactly("+4930123456", "+4930901820");
    assertThat(list.get(2).numbers()).containsExactly("+4940555555");
    assertThat(list.get(0).id()).isEqualTo(after.id());
  }

  @Test
  void deleteCascadesToVersionsButKeepsCallHistory() {
    StoredFlow flow = flows.create("Main menu", DOC, "alice");
    versions.publish(flow.id(), DOC, "<bpmn/>", "alice");
    CallRepository calls = new CallRepository(database.dsl());
    UUID callId = CallTestData.insertCall(calls, flow.id(), "+4930901820");

    assertThat(flows.delete(flow.id())).isTrue();

    assertThat(flows.find(flow.id())).isEmpty();
    assertThat(versions.find(flow.id(), 1)).isEmpty();
    assertThat(versions.listPublished()).isEmpty();
    assertThat(calls.find(callId))
        .hasValueSatisfying(call -> assertThat(call.flowId()).isEqualTo(flow.id()));
  }

  @Test
  void deleteOfAnUnknownFlowReturnsFalse() {
    assertThat(flows.delete(UUID.randomUUID())).isFalse();
  }

  @Test
  void deleteIsRefusedWhileNumbersRouteToTheFlow() {
    StoredFlow flow = flows.create("Main menu", DOC, "alice");
    numbers.create("+4930901820", flow.id());

    assertThatThrownBy(() -> flows.delete(flow.id())).isInstanceOf(FlowInUseException.class);
    assertThat(flows.find(flow.id())).isPresent();

    numbers.assign("+4930901820", null);
    assertThat(flows.delete(flow.id())).isTrue();
  }
}
