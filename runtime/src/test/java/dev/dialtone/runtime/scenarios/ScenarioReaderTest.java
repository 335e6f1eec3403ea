package dev.dialtone.runtime.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.dialtone.flow.Problem;
import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.telephony.sim.VirtualPhone;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ScenarioReaderTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final FlowDocument FLOW =
      new FlowDocument(
          "f",
          List.of(
              new FlowNode("start", "start", null, null, Map.of()),
              new FlowNode("menu", "talk", null, null, Map.of("text", "Hi"))),
          List.of());

  private ScenarioReader.Result read(String json) {
    return new ScenarioReader().read(JSON.readTree(json), FLOW);
  }

  @Test
  void readsEveryKindOfStep() {
    ScenarioReader.Result result =
        read(
            """
            [{"name": "a",
              "caller": [{"at": "menu", "visit": 2, "after_ms": 500, "press": "2#"},
                         {"hang_up_after_ms": 9000}],
              "expect": {"heard": ["Hi"], "path": ["start", "menu"], "hangup_by": "remote"},
              "max_ms": 20000}]
            """);

    assertThat(result.problems()).isEmpty();
    Scenario scenario = result.scenarios().getFirst();
    assertThat(scenario.caller())
        .containsExactly(new CallerStep("2#", "menu", 2, 500), new CallerStep(null, null, 0, 9000));
    assertThat(scenario.expect())
        .isEqualTo(new Expectation(List.of("Hi"), List.of("start", "menu"), "remote"));
    assertThat(scenario.maxMs()).isEqualTo(20000);
  }

  @Test
  void readsPhonesAndNamesAPhoneThatCannotBe() {
    ScenarioReader.Result good =
        read(
            """
            [{"name": "a", "phones": [{"address": "+15550801", "behavior": "answer",
                                       "after_ms": 100, "talk_ms": 2000}]}]
            """);
    assertThat(good.problems()).isEmpty();
    assertThat(good.scenarios().getFirst().phones())
        .containsExactly(
            new VirtualPhone(
                "+15550801",
                VirtualPhone.Behavior.ANSWER,
                Duration.ofMillis(100),
                Duration.ofMillis(2000)));

    ScenarioReader.Result bad =
        read(
            """
            [{"name": "a", "phones": [{"address": "+15550801", "behavior": "sleep"}]}]
            """);
    assertThat(bad.scenarios()).isEmpty();
    assertThat(bad.problems())
        .extracting(Problem::field, Problem::message)
        .containsExactly(
            tuple(
                "scenarios[0].phones[0].behavior",
                "scenario 'a': 'behavior' must be answer, busy, noanswer or reject, got 'sleep'"));
  }

  @Test
  void namesScenarioStepAndFieldOfEveryProblem() {
    ScenarioReader.Result result =
        read(
            """
            [{"name": "a", "caller": [{"press": "2", "hang_up": true}, {"at": "nope", "press": "x"}]},
             {"name": "a", "expect": {"path": ["start", "gone"], "hangup_by": "me"}, "extra": 1}]
            """);

    assertThat(result.scenarios()).isEmpty();
    assertThat(result.problems())
        .extracting(Problem::field, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "scenarios[0].caller[0]",
                "scenario 'a': step 1: needs exactly one of 'press' or 'hang_up'"),
            org.assertj.core.groups.Tuple.tuple(
                "scenarios[0].caller[1].press",
                "scenario 'a': step 2: 'press' must be 1 to 32 of 0-9, *, #, A-D, got 'x'"),
            org.assertj.core.groups.Tuple.tuple(
                "scenarios[0].caller[1].at", "scenario 'a': step 2: the flow has no node 'nope'"),
            org.assertj.core.groups.Tuple.tuple(
                "scenarios[1].extra",
                "scenario 'a': unknown field 'extra'; expected caller, expect, max_ms, name,"
                    + " phones"),
            org.assertj.core.groups.Tuple.tuple(
                "scenarios[1].expect.path[1]",
                "scenario 'a': 'path' names node 'gone', which the flow does not have"),
            org.assertj.core.groups.Tuple.tuple(
                "scenarios[1].expect.hangup_by",
                "scenario 'a': 'hangup_by' must be 'local' or 'remote', got 'me'"));
  }

  @Test
  void twoScenariosWithOneNameAreRefused() {
    ScenarioReader.Result result = read("[{\"name\": \"a\"}, {\"name\": \"a\"}]");

    assertThat(result.problems())
        .extracting(Problem::field, Problem::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("scenarios[1].name", "duplicate_name"));
  }

  @Test
  void anEllipsisMatchesTheStartOfWhatWasHeard() {
    assertThat(ScenarioCheck.heardMatches("Press 1 …", "Press 1 for sales")).isTrue();
    assertThat(ScenarioCheck.heardMatches("Press 1...", "Press 1 for sales")).isTrue();
    assertThat(ScenarioCheck.heardMatches("Press 2 …", "Press 1 for sales")).isFalse();
    assertThat(ScenarioCheck.heardMatches("Press 1", "Press 1 for sales")).isFalse();
  }
}
