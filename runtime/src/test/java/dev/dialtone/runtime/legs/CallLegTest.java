package dev.dialtone.runtime.legs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialtone.telephony.ChannelGoneException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CallLegTest {

  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private final CallLeg leg =
      new CallLeg(
          UUID.randomUUID(),
          "ch-1",
          "+15550199",
          "+15550100",
          new CallRoute(UUID.randomUUID(), 1, 1L, new FlowShape("start", java.util.Map.of())),
          null);

  @AfterEach
  void stop() {
    timer.shutdownNow();
  }

  @Test
  void keysPressedDuringAPromptServeTheNextDigitsNode() throws Exception {
    leg.keyPressed('2');

    var digits = leg.collectDigits(new DigitRequest(1, '#', Duration.ofSeconds(5)), timer);

    assertThat(digits.get(1, TimeUnit.SECONDS)).isEqualTo("2");
  }

  @Test
  void typeAheadBeyondOneNodeWaitsForTheNext() throws Exception {
    leg.keyPressed('1');
    leg.keyPressed('2');

    assertThat(
            leg.collectDigits(new DigitRequest(1, '#', Duration.ofSeconds(5)), timer)
                .get(1, TimeUnit.SECONDS))
        .isEqualTo("1");
    assertThat(
            leg.collectDigits(new DigitRequest(1, '#', Duration.ofSeconds(5)), timer)
                .get(1, TimeUnit.SECONDS))
        .isEqualTo("2");
  }

  @Test
  void theFinishKeyEndsInputAndIsNotPartOfIt() throws Exception {
    var digits = leg.collectDigits(new DigitRequest(6, '#', Duration.ofSeconds(5)), timer);

    leg.keyPressed('4');
    leg.keyPressed('2');
    leg.keyPressed('#');

    assertThat(digits.get(1, TimeUnit.SECONDS)).isEqualTo("42");
  }

  @Test
  void aTimeoutGivesWhatWasTypedSoFar() throws Exception {
    var digits = leg.collectDigits(new DigitRequest(4, '#', Duration.ofMillis(100)), timer);
    leg.keyPressed('7');

    assertThat(digits.get(2, TimeUnit.SECONDS)).isEqualTo("7");
    assertThat(
            leg.collectDigits(new DigitRequest(1, null, Duration.ofMillis(50)), timer)
                .get(2, TimeUnit.SECONDS))
        .isEmpty();
  }

  @Test
  void aHangupAbandonsTheWaitingNode() {
    var digits = leg.collectDigits(new DigitRequest(1, '#', Duration.ofSeconds(5)), timer);

    assertThat(leg.end()).isTrue();

    assertThatThrownBy(() -> digits.get(1, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(ChannelGoneException.class);
    assertThat(leg.end()).isFalse();
    assertThat(leg.collectDigits(new DigitRequest(1, '#', Duration.ofSeconds(5)), timer))
        .isCompletedExceptionally();
  }

  @Test
  void silenceIsMeasuredOncePerPrompt() {
    assertThat(leg.takeSilenceNanos()).isEqualTo(-1);
    leg.silenceBegan();
    assertThat(leg.takeSilenceNanos()).isGreaterThanOrEqualTo(0);
    assertThat(leg.takeSilenceNanos()).isEqualTo(-1);
  }
}
