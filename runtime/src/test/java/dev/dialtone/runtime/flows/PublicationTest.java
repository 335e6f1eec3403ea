package dev.dialtone.runtime.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialtone.runtime.problems.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublicationTest {

  @Test
  void saysHowManyCallsFinishOnEachOlderVersion() {
    Publication publication =
        new Publication(4, List.of(new RunningCalls(2, 1), new RunningCalls(3, 14)));

    assertThat(publication.runningMessage())
        .isEqualTo(
            "1 call is still running on version 2; it finishes on it."
                + " 14 calls are still running on version 3; they finish on it.");
    assertThat(new Publication(1, List.of()).runningMessage()).isEmpty();
  }

  @Test
  void notesAreTrimmedOptionalAndLimited() {
    assertThat(VersionNotes.checked("  Holiday greeting \n")).isEqualTo("Holiday greeting");
    assertThat(VersionNotes.checked("   ")).isNull();
    assertThat(VersionNotes.checked(null)).isNull();
    assertThat(VersionNotes.checked("x".repeat(VersionNotes.MAX_LENGTH))).hasSize(400);
    assertThatThrownBy(() -> VersionNotes.checked("x".repeat(401)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.problems().getFirst().field()).isEqualTo("note");
              assertThat(e.getMessage()).contains("401 characters");
            });
  }

  @Test
  void aRollbackNoteSaysWhichVersionItRestores() {
    assertThat(VersionNotes.rollback(1, null)).isEqualTo("Rolled back to version 1");
    assertThat(VersionNotes.rollback(3, "v4 broke sales"))
        .isEqualTo("Rolled back to version 3: v4 broke sales");
  }
}
