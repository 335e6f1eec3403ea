package dev.dialtone.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

class VerifiedLoginsTest {

  private final MutableClock clock = new MutableClock();
  private final VerifiedLogins verified = new VerifiedLogins(Duration.ofSeconds(60), clock);

  private static Authentication login(String user) {
    return UsernamePasswordAuthenticationToken.authenticated(
        user, null, List.of(new SimpleGrantedAuthority("ROLE_VIEWER")));
  }

  @Test
  void aVerifiedPairIsFoundOnlyWithTheSamePasswordAndUntilItExpires() {
    verified.remember("ann", "secret-1", login("ann"), verified.generation());

    assertThat(verified.find("ann", "secret-1")).isPresent();
    assertThat(verified.find("ann", "secret-2")).isEmpty();
    assertThat(verified.find("anna", "secret-1")).isEmpty();

    clock.advance(Duration.ofSeconds(60));
    assertThat(verified.find("ann", "secret-1")).isEmpty();
  }

  @Test
  void theUserAndPasswordCannotBeShiftedIntoEachOther() {
    verified.remember("ab", "c", login("ab"), verified.generation());

    assertThat(verified.find("a", "bc")).isEmpty();
  }

  @Test
  void forgettingAUserDropsTheirPairsOnly() {
    verified.remember("ann", "secret-1", login("ann"), verified.generation());
    verified.remember("bob", "secret-2", login("bob"), verified.generation());

    verified.forget("ann");

    assertThat(verified.find("ann", "secret-1")).isEmpty();
    assertThat(verified.find("bob", "secret-2")).isPresent();
  }

  @Test
  void aCheckThatStartedBeforeAChangeIsNotRemembered() {
    long before = verified.generation();
    verified.forget("ann"); // the password changed while the old one was being checked

    verified.remember("ann", "old-password", login("ann"), before);

    assertThat(verified.find("ann", "old-password")).isEmpty();
    assertThat(verified.size()).isZero();
  }
}
