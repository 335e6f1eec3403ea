package dev.dialtone.runtime.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.runtime.calls.CallRecord;
import dev.dialtone.runtime.calls.CallRepository;
import dev.dialtone.runtime.calls.CallStatus;
import dev.dialtone.runtime.calls.CallTestData;
import dev.dialtone.runtime.calls.HangupBy;
import dev.dialtone.runtime.calls.HangupReason;
import dev.dialtone.runtime.db.TestDatabase;
import dev.dialtone.runtime.legs.CallLegRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Leases between runtime instances, and closing the calls of one that is gone, on each database.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class ClusterMembershipIT {

  private static final Duration LEASE = Duration.ofSeconds(30);

  @Parameter TestDatabase database;

  private final AtomicReference<Instant> now = new AtomicReference<>(CallTestData.T0);
  private RuntimeLeases leases;
  private OpenCalls openCalls;

  @BeforeEach
  void setUp() {
    database.reset();
    leases = new RuntimeLeases(database.dsl());
    openCalls = new OpenCalls(database.dsl());
  }

  @Test
  void anInstanceTakesOverTheCallsOfOneWhoseLeaseRanOut() {
    UUID heldByB = openCall("runtime-b");
    UUID heldByA = openCall("runtime-a");
    UUID endedOnB = openCall("runtime-b");
    new CallRepository(database.dsl(), "runtime-b")
        .hangup(endedOnB, HangupReason.NORMAL, HangupBy.REMOTE, CallTestData.T0);
    leases.renew("runtime-b", now.get());
    ClusterMembership a = membership("runtime-a");

    now.set(CallTestData.T0.plusSeconds(20));
    a.beat();
    assertThat(call(heldByB).status()).as("b's lease still runs").isEqualTo(CallStatus.DIALING);

    now.set(CallTestData.T0.plusSeconds(31));
    a.beat();
    CallRecord closed = call(heldByB);
    assertThat(closed.status()).isEqualTo(CallStatus.HANGUP);
    assertThat(closed.hangupReason()).isEqualTo(HangupReason.FAILED);
    assertThat(closed.hangupBy()).isEqualTo(HangupBy.LOCAL);
    assertThat(call(heldByA).status())
        .as("a never closes its own live calls")
        .isEqualTo(CallStatus.DIALING);
    assertThat(call(endedOnB).hangupReason())
        .as("an ended call keeps its reason")
        .isEqualTo(HangupReason.NORMAL);
    assertThat(leases.expired("runtime-a", now.get())).doesNotContain("runtime-b");
  }

  @Test
  void onlyOneInstanceClaimsAnExpiredLease() {
    leases.renew("runtime-b", CallTestData.T0);
    Instant stale = CallTestData.T0.plusSeconds(1);

    assertThat(leases.claim("runtime-b", stale)).isTrue();
    assertThat(leases.claim("runtime-b", stale)).isFalse();
  }

  @Test
  void aRenewedLeaseIsNotClaimed() {
    leases.renew("runtime-b", CallTestData.T0);
    leases.renew("runtime-b", CallTestData.T0.plusSeconds(29));

    assertThat(leases.claim("runtime-b", CallTestData.T0.plusSeconds(1))).isFalse();
  }

  @Test
  void anInstanceClosesItsOwnLeftoversWhenItStartsAgain() {
    UUID leftOver = openCall("runtime-a");
    ClusterMembership a = membership("runtime-a");

    a.start();
    try {
      assertThat(call(leftOver).status()).isEqualTo(CallStatus.HANGUP);
      assertThat(call(leftOver).hangupReason()).isEqualTo(HangupReason.FAILED);
      assertThat(leases.expired("nobody", now.get().plusSeconds(1))).containsExactly("runtime-a");
    } finally {
      a.stop();
    }
    assertThat(leases.expired("nobody", now.get().plusSeconds(1))).isEmpty();
  }

  @Test
  void aCleanStopStoresTheJournalsPendingHangupsBeforeClosingWhatIsLeft() {
    AtomicReference<UUID> justEnded = new AtomicReference<>();
    // the journal still holds justEnded's hang-up when the stop begins
    Runnable drain =
        () ->
            new CallRepository(database.dsl(), "runtime-a")
                .hangup(justEnded.get(), HangupReason.NORMAL, HangupBy.REMOTE, now.get());
    ClusterMembership a = membership("runtime-a", drain);
    a.start();
    justEnded.set(openCall("runtime-a"));
    UUID neverEnded = openCall("runtime-a");

    a.stop();

    assertThat(call(justEnded.get()).hangupReason())
        .as("the caller's own hang-up, not a stop failure")
        .isEqualTo(HangupReason.NORMAL);
    assertThat(call(justEnded.get()).hangupBy()).isEqualTo(HangupBy.REMOTE);
    assertThat(call(neverEnded).hangupReason()).isEqualTo(HangupReason.FAILED);
  }

  private UUID openCall(String runtime) {
    return CallTestData.insertCall(
        new CallRepository(database.dsl(), runtime), null, "+4930" + (int) (Math.random() * 1e6));
  }

  private CallRecord call(UUID id) {
    return new CallRepository(database.dsl()).find(id).orElseThrow();
  }

  private ClusterMembership membership(String id) {
    return membership(id, () -> {});
  }

  private ClusterMembership membership(String id, Runnable drainJournal) {
    Clock clock =
        new Clock() {
          @Override
          public ZoneOffset getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now.get();
          }
        };
    // no call here has a process instance, so recovery never reaches the engine
    return new ClusterMembership(
        new RuntimeInstanceProperties(id, LEASE, Duration.ofSeconds(5)),
        leases,
        new CallRecovery(openCalls, null),
        new CallLegRegistry(),
        null,
        drainJournal,
        clock);
  }
}
