package dev.dialtone.runtime.calls;

import static dev.dialtone.db.Tables.CALLS;
import static dev.dialtone.runtime.db.DbEnums.toDb;
import static dev.dialtone.runtime.db.Timestamps.utc;

import dev.dialtone.db.tables.records.CallsRecord;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/**
 * One page of the call list, newest first by (tm_create, id), read by keyset so that every page
 * walks an index from where the previous one stopped (the list indexes of V8 end in tm_create, id).
 * A number that may be the caller or the called party is two index walks, one per column, merged
 * here: an OR over two columns would make the database read far more than one page.
 */
final class CallList {

  // UUID.compareTo compares signed halves; the databases compare bytes, as the hex text does.
  private static final Comparator<CallsRecord> NEWEST_FIRST =
      Comparator.comparing(CallsRecord::getTmCreate)
          .thenComparing(row -> row.getId().toString())
          .reversed();

  private final DSLContext dsl;

  CallList(DSLContext dsl) {
    this.dsl = dsl;
  }

  CallPage page(CallFilter filter) {
    // one row more than the page says whether another page follows
    int wanted = filter.limit() + 1;
    List<CallsRecord> rows =
        filter.number() == null
            ? read(conditions(filter), leading(filter), wanted)
            : either(filter, wanted);
    List<CallRecord> calls =
        rows.stream().limit(filter.limit()).map(CallRows::toCallRecord).toList();
    CallCursor next = rows.size() > filter.limit() ? CallCursor.of(calls.getLast()) : null;
    return new CallPage(calls, next);
  }

  private List<CallsRecord> either(CallFilter filter, int wanted) {
    List<Condition> common = conditions(filter);
    Map<UUID, CallsRecord> merged = new LinkedHashMap<>();
    for (CallsRecord row :
        read(
            with(common, CALLS.DESTINATION.eq(filter.number())),
            unlessLegs(filter, CALLS.DESTINATION),
            wanted)) {
      merged.put(row.getId(), row);
    }
    for (CallsRecord row :
        read(
            with(common, CALLS.SOURCE.eq(filter.number())),
            unlessLegs(filter, CALLS.SOURCE),
            wanted)) {
      merged.putIfAbsent(row.getId(), row);
    }
    return merged.values().stream().sorted(NEWEST_FIRST).limit(wanted).toList();
  }

  /**
   * Reads newest first. {@code fixed} is a column the conditions hold to one value and whose V8
   * index continues with (tm_create desc, id desc), or null. H2 walks an index in order only when
   * the ORDER BY starts with that index's columns; it does not see that a column fixed by "=" can
   * be skipped, so without it a deep page of one flow read every older call of the flow and sorted
   * them (99 ms p50, 7 s p99 at a million calls, CallListBenchmark). Naming the fixed column first
   * changes nothing in the order, and H2 then reads one page from the index and stops. PostgreSQL
   * already drops such a column from the order itself; its SQL is left as it was measured.
   */
  private List<CallsRecord> read(List<Condition> conditions, Field<?> fixed, int limit) {
    List<SortField<?>> order = new ArrayList<>(3);
    if (fixed != null && dsl.dialect().family() == SQLDialect.H2) {
      order.add(fixed.asc());
    }
    order.add(CALLS.TM_CREATE.desc());
    order.add(CALLS.ID.desc());
    return dsl.selectFrom(CALLS).where(conditions).orderBy(order).limit(limit).fetch();
  }

  /**
   * The filter column whose index the walk should follow: the called number (a thousand numbers
   * split the calls finest), else a live status (the calls in progress are few beside the history),
   * else the flow, else the status hangup. Direction, chaining and dates have no index of their own
   * and stay filters on the walk of whichever index leads, or of calls_list_ix.
   */
  private static Field<?> leading(CallFilter filter) {
    boolean live = filter.status() != null && filter.status() != CallStatus.HANGUP;
    if (filter.destination() != null) {
      return unlessLegs(filter, CALLS.DESTINATION);
    }
    if (live || (filter.status() != null && filter.flowId() == null)) {
      return unlessLegs(filter, CALLS.STATUS);
    }
    return filter.flowId() != null ? unlessLegs(filter, CALLS.FLOW_ID) : null;
  }

  /**
   * The legs of one master are a handful, found by calls_master_ix and sorted in no time; leading
   * with another index there would walk, say, the flow's whole history looking for them.
   */
  private static Field<?> unlessLegs(CallFilter filter, Field<?> column) {
    return filter.masterCallId() == null ? column : null;
  }

  private List<Condition> conditions(CallFilter filter) {
    SQLDialect dialect = dsl.dialect();
    List<Condition> conditions = new ArrayList<>();
    if (filter.destination() != null) {
      conditions.add(CALLS.DESTINATION.eq(filter.destination()));
    }
    if (filter.flowId() != null) {
      conditions.add(CALLS.FLOW_ID.eq(filter.flowId()));
    }
    if (filter.status() != null) {
      conditions.add(CALLS.STATUS.eq(toDb(filter.status())));
    }
    if (filter.direction() != null) {
      conditions.add(CALLS.DIRECTION.eq(toDb(filter.direction())));
    }
    if (filter.chained() != null) {
      conditions.add(filter.chained() ? CALLS.MASTER_CALL_ID.isNotNull() : ownCall(dialect));
    }
    if (filter.masterCallId() != null) {
      conditions.add(CALLS.MASTER_CALL_ID.eq(filter.masterCallId()));
    }
    if (filter.createdBefore() != null) {
      conditions.add(CALLS.TM_CREATE.lt(utc(filter.createdBefore())));
    }
    if (filter.createdFrom() != null) {
      conditions.add(CALLS.TM_CREATE.ge(utc(filter.createdFrom())));
    }
    if (filter.after() != null) {
      OffsetDateTime at = utc(filter.after().tmCreate());
      // The row comparison is what PostgreSQL turns into one index range (an OR of its parts made
      // it read half the table, CallListBenchmark); the redundant bound gives H2 its range.
      conditions.add(CALLS.TM_CREATE.le(at));
      conditions.add(DSL.row(CALLS.TM_CREATE, CALLS.ID).lt(at, filter.after().id()));
    }
    return conditions;
  }

  /**
   * A call of its own, not a leg. H2 answers "master_call_id is null" from calls_master_ix, then
   * reads and sorts every such call (3.8 s a page at a million calls, CallListBenchmark); spelled
   * so that no index can answer it, H2 walks the list index in order and stops after the page (1
   * ms). PostgreSQL already walks the list index for the plain spelling, whose estimate it knows.
   */
  private static Condition ownCall(SQLDialect dialect) {
    return dialect.family() == SQLDialect.H2
        ? DSL.coalesce(CALLS.MASTER_CALL_ID, CALLS.ID).eq(CALLS.ID)
        : CALLS.MASTER_CALL_ID.isNull();
  }

  private static List<Condition> with(List<Condition> conditions, Condition extra) {
    List<Condition> all = new ArrayList<>(conditions);
    all.add(extra);
    return all;
  }
}
