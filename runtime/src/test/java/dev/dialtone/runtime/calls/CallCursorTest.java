package dev.dialtone.runtime.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CallCursorTest {

  @Test
  void aTokenReadsBackAsTheSameCursor() {
    CallCursor cursor =
        new CallCursor(Instant.parse("2026-03-01T09:00:00.123456Z"), UUID.randomUUID());

    assertThat(CallCursor.parse(cursor.token())).isEqualTo(cursor);
    assertThat(cursor.token()).matches("[A-Za-z0-9_-]+");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "garbage!", "YWJj", "c1|2026-03-01T09:00:00Z", "c1|yesterday|x"})
  void anythingElseIsRefused(String token) {
    String text =
        token.contains("|")
            ? Base64.getUrlEncoder().withoutPadding().encodeToString(token.getBytes())
            : token;

    assertThatThrownBy(() -> CallCursor.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cursor");
  }
}
