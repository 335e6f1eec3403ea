package dev.dialtone.runtime.health;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.BrokerInfo;
import io.camunda.client.api.response.PartitionBrokerHealth;
import io.camunda.client.api.response.PartitionInfo;
import io.camunda.client.api.response.Topology;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The flow engine is up when its gateway answers a topology request and every partition has a
 * healthy leader: without one, no call can start its flow.
 */
public class EngineHealthIndicator implements HealthIndicator {

  private static final Duration TIMEOUT = Duration.ofSeconds(3);

  private final CamundaClient client;

  public EngineHealthIndicator(CamundaClient client) {
    this.client = client;
  }

  @Override
  public Health health() {
    Topology topology;
    try {
      topology =
          client
              .newTopologyRequest()
              .requestTimeout(TIMEOUT)
              .send()
              .get(TIMEOUT.toMillis() * 2, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Health.down(e).build();
    } catch (Exception e) {
      return Health.down().withDetail("error", "the engine's gateway does not answer").build();
    }
    List<PartitionInfo> leaders =
        topology.getBrokers().stream()
            .map(BrokerInfo::getPartitions)
            .flatMap(List::stream)
            .filter(PartitionInfo::isLeader)
            .toList();
    long healthy =
        leaders.stream()
            .filter(partition -> partition.getHealth() == PartitionBrokerHealth.HEALTHY)
            .count();
    int expected = topology.getPartitionsCount();
    Health.Builder health = healthy >= expected && expected > 0 ? Health.up() : Health.down();
    return health
        .withDetail("brokers", topology.getBrokers().size())
        .withDetail("partitions", expected)
        .withDetail("healthyLeaders", healthy)
        .build();
  }
}
