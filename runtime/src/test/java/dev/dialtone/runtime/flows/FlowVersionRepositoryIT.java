package dev.dialtone.runtime.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialtone.runtime.db.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class FlowVersionRepositoryIT {

  @Parameter TestDatabase database;

  FlowRepository flows;
  FlowVersionRepository versions;

  @BeforeEach
  void setUp() {
    database.reset();
    flows = new FlowRepository(database.dsl());
    versions = new FlowVersionRepository(database.dsl());
  }

  @Test
  void publishNumbersVersionsFromOnePerFlow() {
    UUID first = flows.create("First", "{}", "alice").id();
    UUID second = flows.create("Second", "{}", "alice").id();

    assertThat(versions.publish(first, "{\"v\":1}", "<bpmn v=\"1\"/>", "alice")).isEqualTo(1);
    assertThat(versions.publish(first, "{\"v\":2}", "<bpmn v=\"2\"/>", "bob")).isEqualTo(2);
    assertThat(versions.publish(second, "{}", "<bpmn/>", "alice")).isEqualTo(1);

    FlowVersion v1 = versions.find(first, 1).orElseThrow();
    assertThat(v1.documentJson()).isEqualTo("{\"v\":1}");
    assertThat(v1.bpmnXml()).isEqualTo("<bpmn v=\"1\"/>");
    assertThat(v1.publishedBy()).isEqualTo("alice");
    assertThat(v1.publishedAt()).isNotNull();
    assertThat(versions.latest(first))
        .hasValueSatisfying(
            v -> {
              assertThat(v.version()).isEqualTo(2);
              assertThat(v.publishedBy()).isEqualTo("bob");
            });
  }

  @Test
  void unpublishedFlowHasNoVersions() {
    UUID flow = flows.create("Draft only", "{}", "alice").id();

    assertThat(versions.latest(flow)).isEmpty();
    assertThat(versions.find(flow, 1)).isEmpty();
  }

  @Test
  void listPublishedReturnsEveryVersionInOrder() {
    UUID a = flows.create("A", "{}", "alice").id();
    UUID b = flows.create("B", "{}", "alice").id();
    versions.publish(b, "{}", "<b1/>", "alice");
    versions.publish(a, "{}", "<a1/>", "alice");
    versions.publish(b, "{}", "<b2/>", "alice");

    List<FlowVersion> all = versions.listPublished();

    assertThat(all).hasSize(3);
    assertThat(all)
        .filteredOn(v -> v.flowId().equals(b))
        .extracting(FlowVersion::bpmnXml)
        .containsExactly("<b1/>", "<b2/>");
  }

  @Test
  void publishingAnUnknownFlowFails() {
    UUID unknown = UUID.randomUUID();

    assertThatThrownBy(() -> versions.publish(unknown, "{}", "<bpmn/>", "alice"))
        .isInstanceOf(FlowNotFoundException.class)
        .hasMessageContaining(unknown.toString());
  }

  @Test
  void publishWorksInsideTheCallersTransaction() {
    UUID flow = flows.create("Main", "{}", "alice").id();

    int version =
        database
            .dsl()
            .transactionResult(
                tx -> {
                  var inTx = new FlowVersionRepository(tx.dsl());
                  inTx.publish(flow, "{}", "<bpmn/>", "alice");
                  return inTx.publish(flow, "{}", "<bpmn/>", "alice");
                });

    assertThat(version).isEqualTo(2);
  }

  /** Repeated because a single race may not collide; each round starts both publishes together. */
  @Test
  void concurrentPublishesOfOneFlowGetVersionsOneAndTwo() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 10; round++) {
        UUID flow = flows.create("Race " + round, "{}", "alice").id();
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Integer>> results = new ArrayList<>();
        for (int editor = 0; editor < 2; editor++) {
          results.add(
              pool.submit(
                  () -> {
                    start.await(5, TimeUnit.SECONDS);
                    return versions.publish(flow, "{}", "<bpmn/>", "alice");
                  }));
        }

        List<Integer> got = new ArrayList<>();
        for (Future<Integer> result : results) {
          got.add(result.get(10, TimeUnit.SECONDS));
        }

        assertThat(got).as("round %d", round).containsExactlyInAnyOrder(1, 2);
        assertThat(versions.latest(flow))
            .hasValueSatisfying(v -> assertThat(v.version()).isEqualTo(2));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
