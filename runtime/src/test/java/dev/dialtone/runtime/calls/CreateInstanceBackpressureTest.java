package dev.dialtone.runtime.calls;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class CreateInstanceBackpressureTest {

  @Test
  void onlyResourceExhaustedCountsAsBackpressure() {
    assertThat(
            InstanceStarter.isBackpressure(
                new CompletionException(
                    new ClientStatusException(
                        Status.RESOURCE_EXHAUSTED, Status.RESOURCE_EXHAUSTED.asException()))))
        .isTrue();
    assertThat(InstanceStarter.isBackpressure(Status.RESOURCE_EXHAUSTED.asRuntimeException()))
        .isTrue();
    // a deadline may have been hit after the command was written: sending it again could start a
    // second instance
    assertThat(InstanceStarter.isBackpressure(Status.DEADLINE_EXCEEDED.asRuntimeException()))
        .isFalse();
    assertThat(InstanceStarter.isBackpressure(new IllegalStateException("no"))).isFalse();
  }

  @Test
  void pausesGrowToOneSecond() {
    Duration delay = Duration.ofMillis(50);
    for (int i = 0; i < 10; i++) {
      delay = InstanceStarter.nextRetryDelay(delay);
    }
    assertThat(InstanceStarter.nextRetryDelay(Duration.ofMillis(50)))
        .isEqualTo(Duration.ofMillis(100));
    assertThat(delay).isEqualTo(Duration.ofSeconds(1));
  }
}
