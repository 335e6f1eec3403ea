package dev.dialtone.ui.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private final MutableClock clock = new MutableClock();
  private final LoginThrottle throttle = new LoginThrottle(5, clock);

  private void fail(String user, String address, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(user, address);
    }
  }

  @Test
  void fourFailuresAreFreeTheFifthStartsAOneSecondWait() {
    fail("ann", "10.0.0.1", 4);
    assertThatCode(() -> throttle.check("ann", "10.0.0.1")).doesNotThrowAnyException();

    fail("ann", "10.0.0.1", 1);

    assertThatThrownBy(() -> throttle.check("ann", "10.0.0.2"))
        .isInstanceOfSatisfying(
            LoginThrottledException.class, e -> assertThat(e.retryAfterSeconds()).isEqualTo(1));
    clock.advance(Duration.ofSeconds(1));
    assertThatCode(() -> throttle.check("ann", "10.0.0.2")).doesNotThrowAnyException();
  }

  @Test
  void eachFurtherFailureDoublesTheWaitUpToFifteenMinutes() {
    fail("bob", "10.0.0.1", 7);
    assertThatThrownBy(() -> throttle.check("bob", "10.0.0.9"))
        .isInstanceOfSatisfying(
            LoginThrottledException.class, e -> assertThat(e.retryAfterSeconds()).isEqualTo(4));

    fail("bob", "10.0.0.1", 30);
    assertThatThrownBy(() -> throttle.check("bob", "10.0.0.9"))
        .isInstanceOfSatisfying(
            LoginThrottledException.class,
            e -> assertThat(e.retryAfter()).isEqualTo(LoginThrottle.MAX_WINDOW));
  }

  @Test
  void anAddressTryingManyUsersIsThrottledForAllOfThem() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("user" + i, "10.6.6.6");
    }
    assertThatThrownBy(() -> throttle.check("someone-else", "10.6.6.6"))
        .isInstanceOf(LoginThrottledException.class);
    assertThatCode(() -> throttle.check("someone-else", "10.0.0.1")).doesNotThrowAnyException();
  }

  @Test
  void aSuccessClearsTheUsersCountAndOldFailuresFade() {
    fail("cy", "10.0.0.1", 4);
    throttle.succeeded("cy");
    fail("cy", "10.0.0.2", 4);
    assertThatCode(() -> throttle.check("cy", "10.0.0.3")).doesNotThrowAnyException();

    clock.advance(Duration.ofMinutes(16));
    fail("cy", "10.0.0.2", 1);
    assertThatCode(() -> throttle.check("cy", "10.0.0.2")).doesNotThrowAnyException();
  }
}
