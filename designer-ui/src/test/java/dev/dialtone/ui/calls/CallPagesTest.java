package dev.dialtone.ui.calls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.runtime.calls.CallCursor;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CallPagesTest {

  private static final CallCursor END_OF_1 =
      new CallCursor(Instant.parse("2026-12-03T10:00:00Z"), UUID.randomUUID());
  private static final CallCursor END_OF_2 =
      new CallCursor(Instant.parse("2026-12-03T09:00:00Z"), UUID.randomUUID());

  @Test
  void olderThenNewerComesBackToEachPageAndTheFirst() {
    CallPages pages = new CallPages();
    assertThat(pages.onFirstPage()).isTrue();

    pages.older(END_OF_1);
    pages.older(END_OF_2);
    assertThat(pages.current()).isEqualTo(END_OF_2);

    pages.newer();
    assertThat(pages.current()).isEqualTo(END_OF_1);
    pages.newer();
    assertThat(pages.onFirstPage()).isTrue();
    pages.newer();
    assertThat(pages.current()).isNull();
  }

  @Test
  void resetGoesBackToTheNewest() {
    CallPages pages = new CallPages();
    pages.older(END_OF_1);
    pages.reset();
    assertThat(pages.onFirstPage()).isTrue();
    pages.newer();
    assertThat(pages.onFirstPage()).isTrue();
  }
}
