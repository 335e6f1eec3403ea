package dev.dialtone.runtime.calls;

import java.time.Instant;
import java.util.UUID;

/**
 * One change to a call record, as data: the journal collects many and the repository applies them
 * in a few batched statements ({@link CallRepository#apply}).
 */
public sealed interface CallChange {

  UUID callId();

  /** Which statement applies it: changes of one kind share one prepared statement. */
  Object kind();

  record Insert(NewCall call) implements CallChange {
    @Override
    public UUID callId() {
      return call.id();
    }

    @Override
    public Object kind() {
      return Insert.class;
    }
  }

  record Status(UUID callId, CallStatus status, Instant at) implements CallChange {
    @Override
    public Object kind() {
      return status;
    }
  }

  record Hangup(UUID callId, HangupReason reason, HangupBy by, Instant at) implements CallChange {
    @Override
    public Object kind() {
      return Hangup.class;
    }
  }

  record InstanceKey(UUID callId, long processInstanceKey) implements CallChange {
    @Override
    public Object kind() {
      return InstanceKey.class;
    }
  }

  record RejectReason(UUID callId, String reason) implements CallChange {
    @Override
    public Object kind() {
      return RejectReason.class;
    }
  }
}
