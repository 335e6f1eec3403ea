package dev.dialtone.ui.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

class ApiPacingTest {

  private static final long MS = 1_000_000L;

  final AtomicLong now = new AtomicLong(7_000 * MS);
  final List<Long> waits = new ArrayList<>();
  final AtomicInteger served = new AtomicInteger();
  final ProblemResponses problems = new ProblemResponses(JsonMapper.builder().build());

  // 100 a second (one slot every 10 ms), bursts of 3, nobody waits more than 50 ms
  final ApiPacing pacing = new ApiPacing(100, 3, 50 * MS, problems, now::get, waits::add);

  @Test
  void aBurstRunsAtOnceThenEachRequestWaitsForItsSlot() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertThat(send().getStatus()).isEqualTo(200);
    }
    assertThat(waits).as("the burst").isEmpty();

    send();
    send();

    assertThat(waits).containsExactly(10 * MS, 20 * MS);
    assertThat(served).hasValue(5);
  }

  @Test
  void slotsFurtherAwayThanTheLongestWaitAre503AtOnce() throws Exception {
    int refused = 0;
    for (int i = 0; i < 12; i++) {
      MockHttpServletResponse response = send();
      if (response.getStatus() == 503) {
        refused++;
        assertThat(response.getHeader("Retry-After")).isEqualTo("1");
        assertThat(response.getContentAsString())
            .contains("server_busy")
            .contains("dialtone.api.rate-limit.total-per-second");
      }
    }
    // 3 of the burst and the slots 10..50 ms away are served; the rest would wait too long
    assertThat(served).hasValue(8);
    assertThat(refused).isEqualTo(4);
  }

  @Test
  void aQuietSpellGivesABurstBackButNeverMore() throws Exception {
    for (int i = 0; i < 5; i++) {
      send();
    }
    waits.clear();
    now.addAndGet(10_000 * MS);

    for (int i = 0; i < 3; i++) {
      send();
    }
    assertThat(waits).isEmpty();
    send();
    assertThat(waits).containsExactly(10 * MS);
  }

  @Test
  void aPacingThatAdmitsNothingIsRefusedAtStart() {
    assertThatThrownBy(() -> new ApiPacing(0, 3, MS, problems, now::get, n -> {}))
        .hasMessageContaining("dialtone.api.rate-limit.total-per-second");
  }

  private MockHttpServletResponse send() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    pacing.doFilter(
        new MockHttpServletRequest("GET", "/api/v1/calls"),
        response,
        (r, s) -> served.incrementAndGet());
    return response;
  }
}
