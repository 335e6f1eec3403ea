package dev.dialtone.ui.calls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.runtime.calls.CallRecord;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CallDurationsTest {

  private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");

  @Test
  void anAnsweredCallRangThenTalkedUntilTheHangup() {
    CallDurations d =
        CallDurations.of(call(T0.plusSeconds(1), T0.plusSeconds(6), T0.plusSeconds(96)), T0);

    assertThat(d.ring()).isEqualTo(Duration.ofSeconds(5));
    assertThat(d.talk()).isEqualTo(Duration.ofSeconds(90));
    assertThat(d.total()).isEqualTo(Duration.ofSeconds(96));
    assertThat(CallDurations.text(d.talk())).isEqualTo("1:30");
  }

  @Test
  void aLiveCallCountsUntilNowAndAnUnansweredOneNeverTalked() {
    CallDurations live =
        CallDurations.of(call(null, T0.plusSeconds(2), null), T0.plusSeconds(3602));
    CallDurations unanswered = CallDurations.of(call(T0, null, T0.plusSeconds(30)), T0);

    assertThat(live.talk()).isEqualTo(Duration.ofSeconds(3600));
    assertThat(CallDurations.text(live.total())).isEqualTo("1:00:02");
    assertThat(unanswered.talk()).isNull();
    assertThat(unanswered.ring()).isEqualTo(Duration.ofSeconds(30));
    assertThat(CallDurations.text(unanswered.talk())).isEqualTo("—");
  }

  private static CallRecord call(Instant ringing, Instant answered, Instant hangup) {
    return TestCalls.call(null, T0, ringing, answered, hangup);
  }
}
