package dev.dialtone.runtime.groups;

import dev.dialtone.runtime.numbers.E164;
import java.util.regex.Pattern;

/** What a destination target must look like, per type; shared by groups and (later) flow nodes. */
public final class DestinationRules {

  /** A channel technology and a resource, e.g. {@code PJSIP/alice}, {@code SIP/trunk/100}. */
  private static final Pattern ENDPOINT = Pattern.compile("[A-Za-z][A-Za-z0-9]*/[^\\s/][^\\s]*");

  /** Asterisk's Local channels need the dialplan context: {@code Local/100@from-internal}. */
  private static final Pattern LOCAL = Pattern.compile("Local/[^\\s@/]+@[^\\s@/]+(/n)?");

  private DestinationRules() {}

  public static boolean isTel(String target) {
    return E164.isValid(target);
  }

  public static boolean isEndpoint(String target) {
    if (target == null || target.length() > 64) {
      return false;
    }
    return target.startsWith("Local/")
        ? LOCAL.matcher(target).matches()
        : ENDPOINT.matcher(target).matches();
  }
}
