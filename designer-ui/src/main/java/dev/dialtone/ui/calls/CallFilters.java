package dev.dialtone.ui.calls;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import dev.dialtone.runtime.calls.CallFilter;
import dev.dialtone.runtime.calls.CallStatus;
import dev.dialtone.runtime.flows.FlowSummary;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The Calls screen's filters: flow, number (caller or called), status and a date range (whole days
 * in the browser's zone, both ends included). Fires {@link ChangeEvent} with the filter to apply; a
 * number that is not E.164 is marked and not applied.
 */
class CallFilters extends Div {

  private final ComboBox<FlowSummary> flow = new ComboBox<>("Flow");
  private final TextField number = new TextField("Number");
  private final Select<CallStatus> status = new Select<>();
  private final DatePicker from = new DatePicker("From");
  private final DatePicker to = new DatePicker("To");
  private final Button clear = new Button("Clear", click -> clear());
  private ZoneId zone = ZoneId.of("UTC");

  CallFilters(List<FlowSummary> flows) {
    addClassName("calls-filters");
    flow.setId("calls-filter-flow");
    flow.setItems(flows);
    flow.setItemLabelGenerator(FlowSummary::name);
    flow.setClearButtonVisible(true);
    number.setId("calls-filter-number");
    number.setPlaceholder("+4930…");
    number.setClearButtonVisible(true);
    number.setValueChangeMode(ValueChangeMode.LAZY);
    status.setId("calls-filter-status");
    status.setLabel("Status");
    status.setItems(CallStatus.values());
    status.setEmptySelectionAllowed(true);
    status.setEmptySelectionCaption("any");
    status.setItemLabelGenerator(
        value -> value == null ? "any" : value.name().toLowerCase(Locale.ROOT));
    from.setId("calls-filter-from");
    to.setId("calls-filter-to");
    clear.setId("calls-filter-clear");
    flow.addValueChangeListener(event -> changed());
    number.addValueChangeListener(event -> changed());
    status.addValueChangeListener(event -> changed());
    from.addValueChangeListener(event -> changed());
    to.addValueChangeListener(event -> changed());
    add(flow, number, status, from, to, clear);
  }

  /** The browser's time zone, so a chosen day means that day where the user is. */
  void setZone(ZoneId zone) {
    this.zone = zone;
  }

  /**
   * The filter the fields describe, at most {@code limit} calls per page. Without a number the list
   * holds calls of their own, each with its legs under it; a number also finds the legs that rang
   * it.
   */
  CallFilter.Builder filter(int limit) {
    CallFilter.Builder filter = CallFilter.newest().limit(limit);
    if (flow.getValue() != null) {
      filter.flowId(flow.getValue().id());
    }
    String typed = number.getValue().strip();
    boolean byNumber = !typed.isEmpty() && isE164(typed);
    filter.number(byNumber ? typed : null).chained(byNumber ? null : Boolean.FALSE);
    filter.status(status.getValue());
    LocalDate first = from.getValue();
    if (first != null) {
      filter.createdFrom(first.atStartOfDay(zone).toInstant());
    }
    LocalDate last = to.getValue();
    if (last != null) {
      filter.createdBefore(last.plusDays(1).atStartOfDay(zone).toInstant());
    }
    return filter;
  }

  Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
    return addListener(ChangeEvent.class, listener);
  }

  private void changed() {
    String typed = number.getValue().strip();
    boolean numberOk = typed.isEmpty() || isE164(typed);
    number.setInvalid(!numberOk);
    number.setErrorMessage(numberOk ? null : "A number is + then digits, e.g. +493012345");
    if (numberOk) {
      fireEvent(new ChangeEvent(this));
    }
  }

  private void clear() {
    flow.clear();
    number.clear();
    status.clear();
    from.clear();
    to.clear();
  }

  private static boolean isE164(String value) {
    return value.matches("\\+[0-9]{1,15}");
  }

  /** The filters changed: read {@link #filter} and show the first page. */
  static class ChangeEvent extends ComponentEvent<CallFilters> {
    ChangeEvent(CallFilters source) {
      super(source, false);
    }
  }
}
