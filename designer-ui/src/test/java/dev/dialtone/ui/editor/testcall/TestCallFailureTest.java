package dev.dialtone.ui.editor.testcall;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.flow.Problem;
import dev.dialtone.runtime.problems.ConflictException;
import dev.dialtone.runtime.problems.InvalidInputException;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class TestCallFailureTest {

  @Test
  void aDraftWithProblemsIsRefusedWithTheirCount() {
    List<Problem> problems =
        List.of(
            new Problem("start", "ports.next", "port_without_edge", "not connected"),
            new Problem("t", "text", "missing_option", "text is required"));

    TestCallFailure failure =
        TestCallFailure.of(new CompletionException(new InvalidInputException(problems)));

    assertThat(failure.state()).isEqualTo("refused");
    assertThat(failure.message())
        .isEqualTo("Fix the problems first: 2 problems stop this draft from running.");
    assertThat(failure.problems()).isEqualTo(problems);
  }

  @Test
  void oneProblemIsNamedInTheSingular() {
    assertThat(
            TestCallFailure.refused(List.of(new Problem("a", null, "unreachable_node", "x")))
                .message())
        .isEqualTo("Fix the problems first: 1 problem stops this draft from running.");
  }

  @Test
  void aCallThatEndedMeanwhileSaysSoAsASentence() {
    TestCallFailure failure =
        TestCallFailure.of(
            new CompletionException(
                new ConflictException("call_not_live", "call 42 is not in progress")));

    assertThat(failure.state()).isEqualTo("failed");
    assertThat(failure.message()).isEqualTo("Call 42 is not in progress");
    assertThat(failure.problems()).isEmpty();
  }
}
