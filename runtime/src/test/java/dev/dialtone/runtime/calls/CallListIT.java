package dev.dialtone.runtime.calls;

import static dev.dialtone.runtime.calls.CallTestData.T0;
import static dev.dialtone.runtime.calls.CallTestData.chained;
import static dev.dialtone.runtime.calls.CallTestData.ids;
import static dev.dialtone.runtime.calls.CallTestData.incoming;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.runtime.db.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The call list's filters and keyset pages, on each database. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class CallListIT {

  // as the databases order uuids: by their bytes, which the hex text follows
  private static final Comparator<CallRecord> NEWEST_FIRST =
      Comparator.comparing(CallRecord::tmCreate)
          .thenComparing(call -> call.id().toString())
          .reversed();

  @Parameter TestDatabase database;

  CallRepository calls;

  @BeforeEach
  void setUp() {
    database.reset();
    calls = new CallRepository(database.dsl());
  }

  @Test
  void limitDefaultsAndIsCapped() {
    assertThat(CallFilter.newest().build().limit()).isEqualTo(CallFilter.DEFAULT_LIMIT);
    assertThat(CallFilter.newest().limit(0).build().limit()).isEqualTo(CallFilter.DEFAULT_LIMIT);
    assertThat(CallFilter.newest().limit(1_000_000).build().limit())
        .isEqualTo(CallFilter.MAX_LIMIT);
    for (int i = 0; i < CallFilter.DEFAULT_LIMIT + 5; i++) {
      insert(incoming(null, "+4930111", T0.plusMillis(i)));
    }

    assertThat(calls.list(CallFilter.newest().build())).hasSize(CallFilter.DEFAULT_LIMIT);
  }

  @Test
  void listIsNewestFirstAndFiltersByDestinationFlowAndStatus() {
    UUID flowA = UUID.randomUUID();
    UUID flowB = UUID.randomUUID();
    NewCall oldest = insert(incoming(flowA, "+4930111", T0));
    NewCall middle = insert(incoming(flowB, "+4930222", T0.plusSeconds(10)));
    NewCall newest = insert(incoming(flowA, "+4930222", T0.plusSeconds(20)));
    calls.updateStatus(middle.id(), CallStatus.RINGING, T0.plusSeconds(11));

    assertThat(ids(calls.list(CallFilter.newest().build())))
        .containsExactly(newest.id(), middle.id(), oldest.id());
    assertThat(ids(calls.list(CallFilter.newest().destination("+4930222").build())))
        .containsExactly(newest.id(), middle.id());
    assertThat(ids(calls.list(CallFilter.newest().flowId(flowA).build())))
        .containsExactly(newest.id(), oldest.id());
    assertThat(ids(calls.list(CallFilter.newest().status(CallStatus.RINGING).build())))
        .containsExactly(middle.id());
    assertThat(ids(calls.list(CallFilter.newest().flowId(flowA).destination("+4930111").build())))
        .containsExactly(oldest.id());
    assertThat(calls.list(CallFilter.newest().status(CallStatus.HANGUP).build())).isEmpty();
  }

  @Test
  void listIsLimitedAndPagesBackwards() {
    for (int i = 0; i < 7; i++) {
      insert(incoming(null, "+4930111", T0.plusSeconds(i)));
    }

    List<CallRecord> firstPage = calls.list(CallFilter.newest().limit(3).build());
    Instant oldestShown = firstPage.getLast().tmCreate();
    List<CallRecord> secondPage =
        calls.list(CallFilter.newest().limit(3).createdBefore(oldestShown).build());

    assertThat(firstPage)
        .extracting(CallRecord::tmCreate)
        .containsExactly(T0.plusSeconds(6), T0.plusSeconds(5), T0.plusSeconds(4));
    assertThat(secondPage)
        .extracting(CallRecord::tmCreate)
        .containsExactly(T0.plusSeconds(3), T0.plusSeconds(2), T0.plusSeconds(1));
  }

  @Test
  void keysetPagesLoseNoCallThatSharesATimestamp() {
    List<UUID> inserted = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      // three calls per instant: a page boundary falls between calls of the same instant
      inserted.add(insert(incoming(null, "+4930111", T0.plusSeconds(i / 3))).id());
    }

    List<UUID> seen = new ArrayList<>();
    CallFilter page = CallFilter.newest().limit(2).build();
    for (List<CallRecord> rows = calls.list(page); !rows.isEmpty(); rows = calls.list(page)) {
      seen.addAll(ids(rows));
      page = page.after(CallCursor.of(rows.getLast()));
    }

    assertThat(seen)
        .hasSize(9)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(inserted);
    assertThat(calls.list(CallFilter.newest().limit(9).build()))
        .extracting(CallRecord::id)
        .containsExactlyElementsOf(seen);
  }

  @Test
  void numberMatchesCallerOrCalledAndDatesBoundTheList() {
    NewCall toIt = insert(incoming(null, "+4930555", T0));
    NewCall fromIt =
        insert(
            new NewCall(
                UUID.randomUUID(),
                null,
                null,
                CallRevision.PUBLISHED,
                CallDirection.OUTGOING,
                "+4930555",
                "+4917600000000",
                CallStatus.DIALING,
                null,
                null,
                T0.plusSeconds(60)));
    insert(incoming(null, "+4930666", T0.plusSeconds(30)));

    assertThat(ids(calls.list(CallFilter.newest().number("+4930555").build())))
        .containsExactly(fromIt.id(), toIt.id());
    assertThat(ids(calls.list(CallFilter.newest().number("+4930555").limit(1).build())))
        .containsExactly(fromIt.id());
    assertThat(
            ids(
                calls.list(
                    CallFilter.newest()
                        .createdFrom(T0.plusSeconds(1))
                        .createdBefore(T0.plusSeconds(60))
                        .build())))
        .hasSize(1)
        .doesNotContain(toIt.id(), fromIt.id());
  }

  @Test
  void directionAndChainingNarrowTheList() {
    NewCall master = insert(incoming(null, "+4930111", T0));
    NewCall leg1 = insert(chained(master.id(), T0.plusSeconds(1)));
    NewCall leg2 = insert(chained(master.id(), T0.plusSeconds(2)));
    NewCall other = insert(incoming(null, "+4930111", T0.plusSeconds(3)));
    NewCall otherLeg = insert(chained(other.id(), T0.plusSeconds(4)));

    assertThat(ids(calls.list(CallFilter.newest().chained(false).build())))
        .containsExactly(other.id(), master.id());
    assertThat(ids(calls.list(CallFilter.newest().chained(true).build())))
        .containsExactly(otherLeg.id(), leg2.id(), leg1.id());
    assertThat(ids(calls.list(CallFilter.newest().masterCallId(master.id()).build())))
        .containsExactly(leg2.id(), leg1.id());
    assertThat(ids(calls.list(CallFilter.newest().direction(CallDirection.INCOMING).build())))
        .containsExactly(other.id(), master.id());
    assertThat(ids(calls.list(CallFilter.newest().direction(CallDirection.OUTGOING).build())))
        .containsExactly(otherLeg.id(), leg2.id(), leg1.id());
  }

  @Test
  void aPageSaysWhereTheNextStartsAndTheLastPageSaysNothing() {
    List<UUID> inserted = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      inserted.add(insert(incoming(null, "+4930111", T0.plusSeconds(i))).id());
    }
    CallFilter three = CallFilter.newest().limit(3).build();

    CallPage first = calls.page(three);
    CallPage second = calls.page(three.after(first.next()));

    assertThat(ids(first.calls()))
        .containsExactly(inserted.get(5), inserted.get(4), inserted.get(3));
    assertThat(first.next()).isEqualTo(CallCursor.of(first.calls().getLast()));
    // exactly full, and nothing after it: no next page to offer
    assertThat(ids(second.calls()))
        .containsExactly(inserted.get(2), inserted.get(1), inserted.get(0));
    assertThat(second.next()).isNull();
  }

  @Test
  void aNumberPageSaysWhereTheNextStartsToo() {
    for (int i = 0; i < 3; i++) {
      insert(incoming(null, "+4930555", T0.plusSeconds(i)));
    }
    CallFilter two = CallFilter.newest().number("+4930555").limit(2).build();

    CallPage first = calls.page(two);
    CallPage second = calls.page(two.after(first.next()));

    assertThat(first.calls()).hasSize(2);
    assertThat(first.next()).isNotNull();
    assertThat(second.calls()).hasSize(1);
    assertThat(second.next()).isNull();
  }

  @Test
  void filteredKeysetPagesWalkEveryMatchOnceNewestFirst() {
    UUID flowA = UUID.randomUUID();
    UUID flowB = UUID.randomUUID();
    List<NewCall> all = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      // two calls per instant, flows and numbers interleaved, so page ends fall inside ties
      UUID flow = i % 3 == 0 ? flowB : flowA;
      all.add(insert(incoming(flow, i % 4 == 0 ? "+4930555" : "+4930111", T0.plusSeconds(i / 2))));
    }
    calls.updateStatus(all.get(5).id(), CallStatus.RINGING, T0.plusSeconds(30));
    calls.updateStatus(all.get(17).id(), CallStatus.RINGING, T0.plusSeconds(30));

    for (CallFilter filter :
        List.of(
            CallFilter.newest().flowId(flowA).limit(4).build(),
            CallFilter.newest().destination("+4930555").limit(3).build(),
            CallFilter.newest().number("+4930555").flowId(flowB).limit(2).build(),
            CallFilter.newest().status(CallStatus.DIALING).limit(5).build(),
            CallFilter.newest().flowId(flowA).status(CallStatus.RINGING).limit(1).build())) {
      List<CallRecord> everyRow =
          calls.list(filter.toBuilder().limit(CallFilter.MAX_LIMIT).build());
      List<UUID> everyMatch = ids(everyRow);
      List<UUID> paged = new ArrayList<>();
      CallPage page = calls.page(filter);
      paged.addAll(ids(page.calls()));
      while (page.next() != null) {
        page = calls.page(filter.after(page.next()));
        paged.addAll(ids(page.calls()));
      }

      assertThat(everyRow).as("%s", filter).isSortedAccordingTo(NEWEST_FIRST);
      assertThat(paged).as("%s", filter).isNotEmpty().containsExactlyElementsOf(everyMatch);
    }
    assertThat(
            ids(calls.list(CallFilter.newest().flowId(flowA).status(CallStatus.RINGING).build())))
        .containsExactly(all.get(17).id(), all.get(5).id());
  }

  private NewCall insert(NewCall call) {
    calls.insert(call);
    return call;
  }
}
