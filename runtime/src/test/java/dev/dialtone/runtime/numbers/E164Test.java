package dev.dialtone.runtime.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class E164Test {

  @Test
  void acceptsPlusAndTwoToFifteenDigitsNotStartingWithZero() {
    assertThat(E164.isValid("+4930901820")).isTrue();
    assertThat(E164.isValid("+12")).isTrue();
    assertThat(E164.isValid("+123456789012345")).isTrue();
  }

  @Test
  void refusesEverythingElse() {
    assertThat(E164.isValid(null)).isFalse();
    assertThat(E164.isValid("")).isFalse();
    assertThat(E164.isValid("+")).isFalse();
    assertThat(E164.isValid("+1")).isFalse();
    assertThat(E164.isValid("4930901820")).isFalse();
    assertThat(E164.isValid("+0301")).isFalse();
    assertThat(E164.isValid("+49 30 901820")).isFalse();
    assertThat(E164.isValid("+1234567890123456")).isFalse();
    assertThat(E164.isValid("+4930\n")).isFalse();
  }
}
