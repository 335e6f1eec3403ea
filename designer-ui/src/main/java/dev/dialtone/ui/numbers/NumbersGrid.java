package dev.dialtone.ui.numbers;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.shared.Registration;
import dev.dialtone.runtime.flows.FlowSummary;
import dev.dialtone.runtime.numbers.PhoneNumber;
import dev.dialtone.ui.common.RowEvent;
import dev.dialtone.ui.common.RowGrids;
import java.util.List;
import java.util.Objects;

/**
 * The numbers and where each routes. Editors pick the flow in the row (clearing it unassigns) and
 * fire {@link AssignEvent} or {@link DeleteEvent}; viewers only read.
 */
class NumbersGrid extends Grid<PhoneNumber> {

  private List<FlowSummary> flows = List.of();

  NumbersGrid(boolean canEdit) {
    super(PhoneNumber.class, false);
    RowGrids.styleList(this, "numbers-grid");
    addColumn(PhoneNumber::number).setHeader("Number").setAutoWidth(true).setFlexGrow(0);
    if (canEdit) {
      addComponentColumn(this::flowPicker).setHeader("Flow").setFlexGrow(1);
      RowGrids.addActionsColumn(this, this::deleteButton);
    } else {
      addColumn(number -> number.flowName() == null ? "Not assigned" : number.flowName())
          .setHeader("Flow")
          .setFlexGrow(1);
    }
  }

  void show(List<PhoneNumber> numbers, List<FlowSummary> flows) {
    this.flows = flows;
    setItems(numbers);
  }

  private Component flowPicker(PhoneNumber number) {
    ComboBox<FlowSummary> picker = new ComboBox<>();
    picker.setItems(flows);
    picker.setItemLabelGenerator(FlowSummary::name);
    picker.setPlaceholder("Not assigned");
    picker.setClearButtonVisible(true);
    picker.setWidth("20rem");
    picker.setAriaLabel("Flow for " + number.number());
    picker.getElement().setAttribute("data-number", number.number());
    flows.stream()
        .filter(flow -> flow.id().equals(number.flowId()))
        .findFirst()
        .ifPresent(picker::setValue);
    picker.addValueChangeListener(
        change -> {
          if (change.isFromClient() && !Objects.equals(change.getOldValue(), change.getValue())) {
            fireEvent(new AssignEvent(this, number, change.getValue()));
          }
        });
    return picker;
  }

  private Component deleteButton(PhoneNumber number) {
    Button delete =
        RowGrids.deleteButton(
            "Delete " + number.number(), () -> fireEvent(new DeleteEvent(this, number)));
    delete.setTooltipText("Delete");
    return delete;
  }

  Registration addAssignListener(ComponentEventListener<AssignEvent> listener) {
    return addListener(AssignEvent.class, listener);
  }

  Registration addDeleteListener(ComponentEventListener<DeleteEvent> listener) {
    return addListener(DeleteEvent.class, listener);
  }

  /** The person routed the number to a flow, or to nothing (flow null). */
  static class AssignEvent extends RowEvent<NumbersGrid, PhoneNumber> {

    private final transient FlowSummary flow;

    AssignEvent(NumbersGrid source, PhoneNumber number, FlowSummary flow) {
      super(source, true, number);
      this.flow = flow;
    }

    FlowSummary flow() {
      return flow;
    }
  }

  /** The person asked to delete the number. */
  static class DeleteEvent extends RowEvent<NumbersGrid, PhoneNumber> {

    DeleteEvent(NumbersGrid source, PhoneNumber number) {
      super(source, false, number);
    }
  }
}
