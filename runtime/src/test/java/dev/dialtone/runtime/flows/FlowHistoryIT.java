package dev.dialtone.runtime.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.dialtone.runtime.calls.CallDirection;
import dev.dialtone.runtime.calls.CallRepository;
import dev.dialtone.runtime.calls.CallRevision;
import dev.dialtone.runtime.calls.CallStatus;
import dev.dialtone.runtime.calls.HangupBy;
import dev.dialtone.runtime.calls.HangupReason;
import dev.dialtone.runtime.calls.NewCall;
import dev.dialtone.runtime.db.TestDatabase;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** A flow's version history with its call counts, on each database the product supports. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class FlowHistoryIT {

  @Parameter TestDatabase database;

  FlowRepository flows;
  FlowVersionRepository versions;
  CallRepository calls;
  UUID flow;

  @BeforeEach
  void setUp() {
    database.reset();
    flows = new FlowRepository(database.dsl());
    versions = new FlowVersionRepository(database.dsl());
    calls = new CallRepository(database.dsl());
    flow = flows.create("Main", "{}", "alice").id();
  }

  @Test
  void aVersionKeepsItsNoteAndPublisher() {
    versions.publish(flow, "{}", "<bpmn/>", "alice", "Holiday greeting");
    versions.publish(flow, "{}", "<bpmn/>", "bob");

    assertThat(versions.find(flow, 1).orElseThrow().note()).isEqualTo("Holiday greeting");
    assertThat(versions.find(flow, 2).orElseThrow().note()).isNull();
    assertThat(versions.history(flow))
        .extracting(VersionSummary::version, VersionSummary::publishedBy, VersionSummary::note)
        .containsExactly(tuple(2, "bob", null), tuple(1, "alice", "Holiday greeting"));
  }

  @Test
  void historyCountsCallsAndLiveCallsPerVersion() {
    versions.publish(flow, "{}", "<bpmn/>", "alice");
    versions.publish(flow, "{}", "<bpmn/>", "alice");
    versions.publish(flow, "{}", "<bpmn/>", "alice");
    call(1, CallStatus.PROGRESSING, CallRevision.PUBLISHED);
    call(1, CallStatus.PROGRESSING, CallRevision.PUBLISHED);
    UUID ended = call(1, CallStatus.PROGRESSING, CallRevision.PUBLISHED);
    calls.hangup(ended, HangupReason.NORMAL, HangupBy.REMOTE, Instant.now());
    call(2, CallStatus.RINGING, CallRevision.PUBLISHED);
    // a test call of the draft is not a call of any version
    call(null, CallStatus.PROGRESSING, CallRevision.DRAFT);
    UUID otherFlow = flows.create("Other", "{}", "alice").id();
    versions.publish(otherFlow, "{}", "<bpmn/>", "alice");
    calls.insert(newCall(otherFlow, 1, CallStatus.PROGRESSING, CallRevision.PUBLISHED));

    assertThat(versions.history(flow))
        .extracting(VersionSummary::version, VersionSummary::calls, VersionSummary::liveCalls)
        .containsExactly(tuple(3, 0, 0), tuple(2, 1, 1), tuple(1, 3, 2));
  }

  @Test
  void liveCallsBeforeAVersionAreCountedPerOlderVersion() {
    versions.publish(flow, "{}", "<bpmn/>", "alice");
    versions.publish(flow, "{}", "<bpmn/>", "alice");
    versions.publish(flow, "{}", "<bpmn/>", "alice");
    call(1, CallStatus.PROGRESSING, CallRevision.PUBLISHED);
    call(2, CallStatus.PROGRESSING, CallRevision.PUBLISHED);
    call(2, CallStatus.TERMINATING, CallRevision.PUBLISHED);
    UUID ended = call(2, CallStatus.PROGRESSING, CallRevision.PUBLISHED);
    calls.hangup(ended, HangupReason.NORMAL, HangupBy.LOCAL, Instant.now());
    call(3, CallStatus.PROGRESSING, CallRevision.PUBLISHED);

    assertThat(versions.liveCallsBefore(flow, 3))
        .containsExactly(new RunningCalls(1, 1), new RunningCalls(2, 2));
    assertThat(versions.liveCallsBefore(flow, 1)).isEmpty();
  }

  @Test
  void anUnpublishedFlowHasNoHistory() {
    assertThat(versions.history(flow)).isEmpty();
  }

  private UUID call(Integer version, CallStatus status, CallRevision revision) {
    NewCall call = newCall(flow, version, status, revision);
    calls.insert(call);
    return call.id();
  }

  private static NewCall newCall(
      UUID flowId, Integer version, CallStatus status, CallRevision revision) {
    return new NewCall(
        UUID.randomUUID(),
        flowId,
        version,
        revision,
        CallDirection.INCOMING,
        "+15550001",
        "+15550002",
        status,
        null,
        null,
        Instant.now());
  }
}
