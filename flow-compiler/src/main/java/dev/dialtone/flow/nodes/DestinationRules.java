package dev.dialtone.flow.nodes;

import java.util.regex.Pattern;

/**
 * What a destination target must look like, per type: shared by the groupcall and connect nodes and
 * by the runtime's saved groups, so a target a group accepts is one a node accepts.
 */
public final class DestinationRules {

  /** '+', then 2 to 15 digits, the first not 0: the number format Dialtone stores. */
  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");

  /** A channel technology and a resource, e.g. {@code PJSIP/alice}, {@code SIP/trunk/100}. */
  private static final Pattern ENDPOINT = Pattern.compile("[A-Za-z][A-Za-z0-9]*/[^\\s/][^\\s]*");

  /** Asterisk's Local channels need the dialplan context: {@code Local/100@from-internal}. */
  private static final Pattern LOCAL = Pattern.compile("Local/[^\\s@/]+@[^\\s@/]+(/n)?");

  public static final String TEL_EXPECTED =
      "an E.164 number ('+' then 2 to 15 digits, not starting with 0)";
  public static final String ENDPOINT_EXPECTED =
      "an endpoint like 'PJSIP/alice' or 'Local/100@context'";

  private DestinationRules() {}

  public static boolean isTel(String target) {
    return target != null && E164.matcher(target).matches();
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
