package dev.dialtone.flow.nodes;

import java.util.List;

/** The exits of the nodes that dial (groupcall, connect) and the options they share. */
public final class DialPorts {

  /** Someone answered, was bridged with the caller, and has hung up. */
  public static final String ANSWERED = "answered";

  /** Nobody answered (busy, rejected, rang out, unreachable). */
  public static final String NO_ANSWER = "no_answer";

  public static final String DIAL_TIMEOUT_MS = "dial_timeout_ms";
  public static final long DEFAULT_DIAL_TIMEOUT_MS = 30_000;

  static final List<Port> PORTS = List.of(Port.of(ANSWERED), Port.of(NO_ANSWER));

  static OptionSpec dialTimeout(String description) {
    return OptionSpec.optional(
        DIAL_TIMEOUT_MS,
        OptionType.INTEGER,
        DEFAULT_DIAL_TIMEOUT_MS,
        description,
        OptionRule.atLeast(1));
  }

  private DialPorts() {}
}
