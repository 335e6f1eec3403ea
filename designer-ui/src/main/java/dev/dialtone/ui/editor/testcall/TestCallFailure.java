package dev.dialtone.ui.editor.testcall;

import dev.dialtone.flow.Problem;
import dev.dialtone.runtime.problems.ConflictException;
import dev.dialtone.runtime.problems.InvalidInputException;
import dev.dialtone.runtime.problems.NotFoundException;
import dev.dialtone.ui.common.Messages;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Why a test call did not start or a caller's action was not taken, as the panel shows it.
 *
 * @param state the status element's {@code data-status}: {@code refused} (the draft has problems)
 *     or {@code failed}
 */
record TestCallFailure(String state, String message, List<Problem> problems) {

  private static final Logger LOG = LoggerFactory.getLogger(TestCallFailure.class);

  static TestCallFailure of(Throwable error) {
    Throwable cause = unwrap(error);
    return switch (cause) {
      case InvalidInputException invalid -> refused(invalid.problems());
      case NotFoundException missing ->
          failed("This flow no longer exists: " + missing.getMessage());
      case ConflictException conflict -> failed(Messages.sentence(conflict.getMessage()));
      case IllegalArgumentException input -> failed(Messages.sentence(input.getMessage()));
      default -> {
        LOG.error("test call failed", cause);
        yield failed("The test call failed: " + cause.getMessage());
      }
    };
  }

  static TestCallFailure refused(List<Problem> problems) {
    int count = problems.size();
    return new TestCallFailure(
        "refused",
        "Fix the problems first: "
            + count
            + (count == 1 ? " problem stops" : " problems stop")
            + " this draft from running.",
        problems);
  }

  private static TestCallFailure failed(String message) {
    return new TestCallFailure("failed", message, List.of());
  }

  private static Throwable unwrap(Throwable error) {
    Throwable cause = error;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
