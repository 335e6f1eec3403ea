package dev.dialtone.runtime.groups;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One destination of a group: a phone number ({@code tel}, E.164), an endpoint of the telephony
 * system ({@code endpoint}, e.g. {@code PJSIP/alice}) or another saved group ({@code group}, target
 * is its id).
 */
public record GroupDestination(Type type, String target) {

  public enum Type {
    TEL,
    ENDPOINT,
    GROUP;

    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Type> parse(String text) {
      for (Type type : values()) {
        if (type.wireName().equals(text)) {
          return Optional.of(type);
        }
      }
      return Optional.empty();
    }
  }

  public GroupDestination {
    Objects.requireNonNull(type);
    Objects.requireNonNull(target);
  }
}
