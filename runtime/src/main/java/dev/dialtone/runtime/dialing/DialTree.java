package dev.dialtone.runtime.dialing;

import dev.dialtone.runtime.groups.RingMethod;
import dev.dialtone.telephony.Destination;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** What a groupcall rings: single destinations, and groups of them nested to any depth. */
public sealed interface DialTree {

  /**
   * One destination, rung for its group's dial timeout.
   *
   * @param callerId the number the called party sees; null: the caller's own
   */
  record Target(Destination destination, String callerId) implements DialTree {
    public Target {
      Objects.requireNonNull(destination);
    }

    public Target(Destination destination) {
      this(destination, null);
    }
  }

  /** Members rung with the group's own method; each target for the group's timeout. */
  record Group(String name, RingMethod method, Duration timeout, List<DialTree> members)
      implements DialTree {
    public Group {
      Objects.requireNonNull(method);
      if (timeout == null || timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("a dial timeout must be positive, got " + timeout);
      }
      if (members.isEmpty()) {
        throw new IllegalArgumentException("group " + name + " has no destinations");
      }
      members = List.copyOf(members);
    }
  }
}
