package dev.dialtone.runtime.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class SetupGateTest {

  private final List<String> started = new ArrayList<>();
  private final List<CompletableFuture<Void>> running = new ArrayList<>();

  private void admit(SetupGate gate, String call) {
    gate.admit(
        () -> {
          started.add(call);
          CompletableFuture<Void> done = new CompletableFuture<>();
          running.add(done);
          return done;
        });
  }

  @Test
  void setupsBeyondTheLimitWaitAndStartInArrivalOrderAsOthersFinish() {
    SetupGate gate = new SetupGate(2);
    for (String call : List.of("a", "b", "c", "d")) {
      admit(gate, call);
    }
    assertThat(started).containsExactly("a", "b");
    assertThat(gate.waiting()).isEqualTo(2);

    running.get(1).complete(null);
    assertThat(started).containsExactly("a", "b", "c");

    running.get(0).completeExceptionally(new IllegalStateException("the engine refused"));
    assertThat(started).containsExactly("a", "b", "c", "d");
    assertThat(gate.waiting()).isZero();
  }

  @Test
  void aFinishedSetupFreesItsSlotForTheNextArrival() {
    SetupGate gate = new SetupGate(1);
    admit(gate, "a");
    running.getFirst().complete(null);
    admit(gate, "b");
    assertThat(started).containsExactly("a", "b");
    assertThat(gate.waiting()).isZero();
  }

  @Test
  void aSetupThatThrowsStillFreesItsSlot() {
    SetupGate gate = new SetupGate(1);
    gate.admit(
        () -> {
          throw new IllegalStateException("no route");
        });
    admit(gate, "next");
    assertThat(started).containsExactly("next");
  }

  @Test
  void aLimitBelowOneIsRefused() {
    assertThatThrownBy(() -> new SetupGate(0)).hasMessageContaining("got 0");
  }
}
