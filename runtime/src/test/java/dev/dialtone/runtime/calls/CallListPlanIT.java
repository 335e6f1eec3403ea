package dev.dialtone.runtime.calls;

import static dev.dialtone.runtime.calls.CallTestData.T0;
import static dev.dialtone.runtime.calls.CallTestData.chained;
import static dev.dialtone.runtime.calls.CallTestData.incoming;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.runtime.db.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.conf.SettingsTools;
import org.jooq.conf.StatementType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * H2 walks an index in the list's order only for the query shapes {@link CallList} sends it; a plan
 * that sorts instead is correct on a small table and takes seconds at a million calls, so the plans
 * are what these tests hold: every filtered deep page is "index sorted" on its V8 index.
 * (PostgreSQL's plans depend on its statistics; CallListBenchmark prints them at a million calls.)
 */
class CallListPlanIT {

  private static final UUID FLOW = UUID.randomUUID();
  private static final String NUMBER = "+4930555";

  private final TestDatabase database = TestDatabase.H2;
  private final List<String> sent = new ArrayList<>();
  private CallRepository calls;
  private CallCursor deep;

  @BeforeEach
  void setUp() {
    database.reset();
    DSLContext capturing =
        database
            .dsl()
            .configuration()
            // a copy: Settings.with… changes the object itself, which the other tests share
            .derive(
                SettingsTools.clone(database.dsl().settings())
                    .withStatementType(StatementType.STATIC_STATEMENT))
            .derive(
                new ExecuteListener() {
                  @Override
                  public void renderEnd(ExecuteContext ctx) {
                    sent.add(ctx.sql());
                  }
                })
            .dsl();
    calls = new CallRepository(capturing);
    for (int i = 0; i < 200; i++) {
      NewCall call =
          incoming(
              i % 4 == 0 ? FLOW : UUID.randomUUID(),
              i % 5 == 0 ? NUMBER : "+4930" + i,
              T0.plusSeconds(i));
      calls.insert(call);
      if (i == 100) {
        deep = new CallCursor(call.createdAt(), call.id());
      }
      // a leg for each call, as groupcalls chain them: master_call_id then tells calls apart
      calls.insert(chained(call.id(), T0.plusSeconds(i)));
    }
    database.dsl().execute("analyze");
  }

  @Test
  void deepPagesOfAFlowANumberAndAStatusWalkTheirIndexInOrder() {
    assertSortedOn("CALLS_FLOW_LIST_IX", CallFilter.newest().flowId(FLOW).after(deep).build());
    assertSortedOn(
        "CALLS_DESTINATION_LIST_IX", CallFilter.newest().destination(NUMBER).after(deep).build());
    assertSortedOn(
        "CALLS_STATUS_LIST_IX", CallFilter.newest().status(CallStatus.DIALING).after(deep).build());
    // a live status leads the flow (few calls are in progress); the hangup status does not
    assertSortedOn(
        "CALLS_STATUS_LIST_IX",
        CallFilter.newest()
            .flowId(FLOW)
            .status(CallStatus.DIALING)
            .chained(false)
            .createdFrom(T0)
            .after(deep)
            .build());
    assertSortedOn(
        "CALLS_FLOW_LIST_IX",
        CallFilter.newest().flowId(FLOW).status(CallStatus.HANGUP).after(deep).build());
  }

  @Test
  void aNumberIsTwoOrderedWalksOneForEachColumn() {
    List<String> plans = plans(CallFilter.newest().number(NUMBER).after(deep).build());

    assertThat(plans).hasSize(2);
    assertThat(plans.get(0)).contains("CALLS_DESTINATION_LIST_IX").contains("/* index sorted */");
    assertThat(plans.get(1)).contains("CALLS_SOURCE_LIST_IX").contains("/* index sorted */");
  }

  @Test
  void theLegsOfOneMasterAreFoundByTheirOwnIndex() {
    List<String> plans =
        plans(CallFilter.newest().flowId(FLOW).masterCallId(UUID.randomUUID()).build());

    // not a walk of the flow's whole history in order, looking for a handful of legs
    assertThat(plans)
        .singleElement()
        .asString()
        .contains("CALLS_MASTER_IX")
        .doesNotContain("CALLS_FLOW_LIST_IX");
  }

  private void assertSortedOn(String index, CallFilter filter) {
    assertThat(plans(filter))
        .singleElement()
        .asString()
        .contains("/* PUBLIC." + index + ":")
        .contains("/* index sorted */");
  }

  private List<String> plans(CallFilter filter) {
    sent.clear();
    calls.page(filter);
    return sent.stream()
        .map(sql -> database.dsl().fetchValue("explain " + sql).toString())
        .toList();
  }
}
