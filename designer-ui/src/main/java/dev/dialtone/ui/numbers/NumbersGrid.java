package dev.dialtone.ui.numbers;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import dev.dialtone.runtime.flows.FlowSummary;
import dev.dialtone.runtime.numbers.PhoneNumber;
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
    setId("numbers-grid");
    addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_NO_BORDER);
    setAllRowsVisible(true);
    addColumn(PhoneNumber::number).setHeader("Number").setAutoWidth(true).setFlexGrow(0);
    if (canEdit) {
      addComponentColumn(this::flowPicker).setHeader("Flow").setFlexGrow(1);
      addComponentColumn(this::deleteButton)
          .setTextAlign(ColumnTextAlign.END)
          .setAutoWidth(true)
          .setFlexGrow(0);
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
        new Button(VaadinIcon.TRASH.create(), click -> fireEvent(new DeleteEvent(this, number)));
    delete.addThemeVariants(
        ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_ICON);
    delete.setAriaLabel("Delete " + number.number());
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
  static class AssignEvent extends ComponentEvent<NumbersGrid> {

    private final transient PhoneNumber number;
    private final transient FlowSummary flow;

    AssignEvent(NumbersGrid source, PhoneNumber number, FlowSummary flow) {
      super(source, true);
      this.number = number;
      this.flow = flow;
    }

    PhoneNumber number() {
      return number;
    }

    FlowSummary flow() {
      return flow;
    }
  }

  /** The person asked to delete the number. */
  static class DeleteEvent extends ComponentEvent<NumbersGrid> {

    private final transient PhoneNumber number;

    DeleteEvent(NumbersGrid source, PhoneNumber number) {
      super(source, false);
      this.number = number;
    }

    PhoneNumber number() {
      return number;
    }
  }
}
