package dev.dialtone.telephony;

import java.util.Objects;

/**
 * Where an outbound call goes: a phone number (E.164, which the telephony system turns into an
 * endpoint, e.g. through a dial template) or an endpoint of the telephony system itself (e.g.
 * {@code PJSIP/alice}; on the simulated telephony, the address of a virtual phone).
 */
public record Destination(Kind kind, String target) {

  public enum Kind {
    TEL,
    ENDPOINT
  }

  public Destination {
    Objects.requireNonNull(kind);
    if (target == null || target.isBlank()) {
      throw new IllegalArgumentException("a destination needs a target");
    }
  }

  public static Destination tel(String number) {
    return new Destination(Kind.TEL, number);
  }

  public static Destination endpoint(String endpoint) {
    return new Destination(Kind.ENDPOINT, endpoint);
  }
}
