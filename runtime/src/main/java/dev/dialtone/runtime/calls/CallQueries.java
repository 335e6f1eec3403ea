package dev.dialtone.runtime.calls;

import dev.dialtone.runtime.problems.NotFoundException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads call history: records, what the caller heard and did, and which nodes ran. */
public class CallQueries {

  private final CallRepository calls;
  private final CallTraceRepository trace;

  public CallQueries(CallRepository calls, CallTraceRepository trace) {
    this.calls = calls;
    this.trace = trace;
  }

  public List<CallRecord> list(CallFilter filter) {
    return calls.list(filter);
  }

  /** One page of the list and the cursor of the next (null on the last page). */
  public CallPage page(CallFilter filter) {
    return calls.page(filter);
  }

  public CallRecord get(UUID id) {
    return calls.find(id).orElseThrow(() -> new NotFoundException("no call " + id));
  }

  /** The ids of the legs chained to a master call (a groupcall's destinations), oldest first. */
  public List<UUID> chainedCallIds(UUID masterCallId) {
    return calls.chainedTo(masterCallId).stream().map(CallRecord::id).toList();
  }

  /** The legs chained to this call (a groupcall's or connect's), oldest first. */
  public List<CallRecord> chained(UUID id) {
    return calls.chainedTo(id);
  }

  /** The legs chained to each of these calls, oldest first; a call without legs is left out. */
  public Map<UUID, List<CallRecord>> chainedByMaster(Collection<UUID> ids) {
    return calls.chainedToAny(ids).stream()
        .collect(Collectors.groupingBy(CallRecord::masterCallId, Collectors.toList()));
  }

  public List<CallEvent> transcript(UUID id) {
    get(id);
    return trace.events(id);
  }

  public List<CallStep> trace(UUID id) {
    get(id);
    return trace.steps(id);
  }
}
