package dev.dialtone.telephony.ari;

import dev.dialtone.telephony.Destination;

/**
 * The Asterisk endpoint an E.164 number is dialed through, e.g. {@code PJSIP/{digits}@trunk} or
 * {@code Local/{digits}@outbound}.
 */
public record DialTemplate(String pattern) {

  public DialTemplate {
    if (pattern == null || !(pattern.contains("{number}") || pattern.contains("{digits}"))) {
      throw new IllegalArgumentException(
          "a dial template must contain {number} or {digits}, got " + pattern);
    }
  }

  /** The endpoint for a destination; endpoints of Asterisk itself pass through unchanged. */
  public String endpointFor(Destination destination) {
    if (destination.kind() == Destination.Kind.ENDPOINT) {
      return destination.target();
    }
    String number = destination.target();
    if (!number.matches("\\+[1-9][0-9]{1,14}")) {
      throw new IllegalArgumentException("not an E.164 number: '" + number + "'");
    }
    return pattern.replace("{number}", number).replace("{digits}", number.substring(1));
  }
}
