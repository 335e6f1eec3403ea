package dev.dialtone.runtime.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.runtime.calls.CallEvent;
import dev.dialtone.runtime.calls.CallEventType;
import dev.dialtone.runtime.calls.CallStep;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ScenarioRecorderTest {

  private static final UUID CALL = UUID.randomUUID();
  private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");

  @Test
  void keysAndTheCallersHangUpAreAnchoredToTheNodeVisitTheyHappenedIn() {
    List<CallStep> steps =
        List.of(
            step(1, "start", 0),
            step(2, "menu", 10),
            step(3, "key", 2000),
            step(4, "menu", 7000),
            step(5, "key", 9000));
    List<CallEvent> events =
        List.of(
            event(1, CallEventType.TALK, "menu", 10, "Press 1"),
            event(2, CallEventType.NO_INPUT, "key", 7000, "5000"),
            event(3, CallEventType.TALK, "menu", 7000, "Press 1"),
            event(4, CallEventType.DIGITS, "menu", 7500, "2"),
            event(5, CallEventType.HANGUP, "key", 9100, "caller"));

    String json = ScenarioRecorder.record("recorded", steps, events, "remote").toString();

    assertThat(JsonMapper.builder().build().readTree(json))
        .isEqualTo(
            JsonMapper.builder()
                .build()
                .readTree(
                    """
                    {"name": "recorded",
                     "caller": [{"at": "menu", "visit": 2, "after_ms": 500, "press": "2"},
                                {"at": "key", "visit": 2, "after_ms": 100, "hang_up": true}],
                     "expect": {"heard": ["Press 1", "Press 1"],
                                "path": ["start", "menu", "key", "menu", "key"],
                                "hangup_by": "remote"}}
                    """));
  }

  private static CallStep step(int seq, String node, long atMs) {
    return new CallStep(CALL, seq, node, "talk", T0.plusMillis(atMs), null, null);
  }

  private static CallEvent event(int seq, CallEventType type, String node, long atMs, String text) {
    return new CallEvent(CALL, seq, T0.plusMillis(atMs), type, node, text);
  }
}
