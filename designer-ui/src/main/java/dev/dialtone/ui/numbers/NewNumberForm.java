package dev.dialtone.ui.numbers;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import dev.dialtone.runtime.flows.FlowSummary;
import dev.dialtone.ui.common.Messages;
import java.util.List;

/**
 * A row above the list to add a number, optionally routed to a flow. Fires {@link AddEvent}; the
 * view asks the service and hands back what it refused with {@link #refuse}.
 */
class NewNumberForm extends Div {

  private final TextField number = new TextField("Number");
  private final ComboBox<FlowSummary> flow = new ComboBox<>("Flow");

  NewNumberForm() {
    setId("new-number-form");
    addClassName("inline-form");
    configureNumber();
    configureFlow();
    add(number, flow, addButton());
  }

  private void configureNumber() {
    number.setId("new-number");
    number.setPlaceholder("+15550100");
    number.setHelperText("E.164: + then the country code and number");
    number.setWidth("16rem");
    number.addValueChangeListener(change -> number.setInvalid(false));
  }

  private void configureFlow() {
    flow.setId("new-number-flow");
    flow.setItemLabelGenerator(FlowSummary::name);
    flow.setPlaceholder("Not assigned");
    flow.setHelperText("Optional: calls to the number run this flow");
    flow.setClearButtonVisible(true);
    flow.setWidth("18rem");
  }

  private Button addButton() {
    Button add =
        new Button(
            "Add number",
            VaadinIcon.PLUS.create(),
            click -> fireEvent(new AddEvent(this, number.getValue().strip(), flow.getValue())));
    add.setId("add-number");
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add.addClickShortcut(Key.ENTER);
    return add;
  }

  void setFlows(List<FlowSummary> flows) {
    flow.setItems(flows);
  }

  /** Shows why the number was refused, next to the field. */
  void refuse(String message) {
    number.setErrorMessage(Messages.sentence(message));
    number.setInvalid(true);
    number.focus();
  }

  void clear() {
    number.clear();
    flow.clear();
    number.setInvalid(false);
  }

  Registration addAddListener(ComponentEventListener<AddEvent> listener) {
    return addListener(AddEvent.class, listener);
  }

  /** The person asked to add this number, routed to this flow (null: not yet). */
  static class AddEvent extends ComponentEvent<NewNumberForm> {

    private final String number;
    private final transient FlowSummary flow;

    AddEvent(NewNumberForm source, String number, FlowSummary flow) {
      super(source, false);
      this.number = number;
      this.flow = flow;
    }

    String number() {
      return number;
    }

    FlowSummary flow() {
      return flow;
    }
  }
}
