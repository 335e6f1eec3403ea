package dev.dialtone.runtime.scenarios;

import dev.dialtone.telephony.sim.VirtualPhone;
import java.util.List;

/**
 * What a caller does and what must happen, tested like code against a flow.
 *
 * @param name unique within its flow
 * @param caller the caller's steps, in order
 * @param expect what the call must have done by its end
 * @param maxMs how long the call may last before the runner hangs it up and fails the scenario
 * @param phones virtual phones the flow's groupcall and connect nodes may ring; put in place before
 *     the call (shared by every scenario of a run, so one address means one phone)
 */
public record Scenario(
    String name,
    List<CallerStep> caller,
    Expectation expect,
    long maxMs,
    List<VirtualPhone> phones) {

  public static final long DEFAULT_MAX_MS = 60_000;

  public Scenario {
    caller = List.copyOf(caller);
    phones = List.copyOf(phones);
  }
}
