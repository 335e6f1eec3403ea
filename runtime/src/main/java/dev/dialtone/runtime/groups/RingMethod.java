package dev.dialtone.runtime.groups;

import java.util.Locale;
import java.util.Optional;

/** How a group rings its destinations: all at once, or one after another in order. */
public enum RingMethod {
  RING_ALL,
  LINEAR;

  /** The wire and database spelling: {@code ring_all}, {@code linear}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<RingMethod> parse(String text) {
    for (RingMethod method : values()) {
      if (method.wireName().equals(text)) {
        return Optional.of(method);
      }
    }
    return Optional.empty();
  }
}
