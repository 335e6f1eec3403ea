package dev.dialtone.ui.calls;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.treegrid.TreeGrid;
import dev.dialtone.runtime.calls.CallRecord;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * One page of calls: status, from, to, flow and version, hang-up reason and by whom, and how long
 * it rang, talked and lasted. A click on a row opens the call ({@code addItemClickListener}). Text
 * is set as text, never as HTML, so a flow's name shows as typed. The legs a call dialed (a
 * groupcall's destinations, a connect) sit under it: expand the call to see them.
 */
class CallsGrid extends TreeGrid<CallRecord> {

  private static final DateTimeFormatter STARTED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

  private Map<UUID, String> flowNames = Map.of();
  private ZoneId zone = ZoneId.of("UTC");

  CallsGrid() {
    setId("calls-grid");
    addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
    setAllRowsVisible(false);
    setHeight("32em");
    addHierarchyColumn(call -> STARTED.format(call.tmCreate().atZone(zone)))
        .setHeader("Started")
        .setKey("started")
        .setAutoWidth(true);
    column(call -> lower(call.status()), "Status", "status");
    column(CallRecord::source, "From", "from");
    column(CallRecord::destination, "To", "to");
    column(this::flowName, "Flow", "flow");
    column(
        call -> call.flowVersion() == null ? lower(call.revision()) : "v" + call.flowVersion(),
        "Version",
        "version");
    column(CallsGrid::hangup, "Hang-up", "hangup");
    durationColumn(d -> d.ring(), "Ring", "ring");
    durationColumn(d -> d.talk(), "Talk", "talk");
    durationColumn(d -> d.total(), "Total", "total");
    setPartNameGenerator(call -> call.masterCallId() == null ? null : "chained-leg");
  }

  /**
   * Shows {@code calls} with each one's {@code legs} under it (a call missing from it has none).
   */
  void show(
      List<CallRecord> calls,
      Map<UUID, List<CallRecord>> legs,
      Map<UUID, String> flowNames,
      ZoneId zone) {
    this.flowNames = Map.copyOf(flowNames);
    this.zone = zone;
    setItems(calls, call -> legs.getOrDefault(call.id(), List.of()));
  }

  private void column(Function<CallRecord, String> value, String header, String key) {
    addColumn(call -> value.apply(call)).setHeader(header).setKey(key).setAutoWidth(true);
  }

  private void durationColumn(
      Function<CallDurations, java.time.Duration> part, String header, String key) {
    addColumn(call -> CallDurations.text(part.apply(CallDurations.of(call, Instant.now()))))
        .setHeader(header)
        .setKey(key)
        .setTextAlign(ColumnTextAlign.END)
        .setAutoWidth(true);
  }

  private String flowName(CallRecord call) {
    if (call.flowId() == null) {
      return "—";
    }
    return flowNames.getOrDefault(call.flowId(), "deleted flow");
  }

  private static String hangup(CallRecord call) {
    if (call.hangupReason() == null) {
      return "";
    }
    String by = call.hangupBy() == null ? "" : " by " + lower(call.hangupBy());
    return lower(call.hangupReason()) + by;
  }

  private static String lower(Enum<?> value) {
    return value == null ? "" : value.name().toLowerCase(Locale.ROOT);
  }
}
