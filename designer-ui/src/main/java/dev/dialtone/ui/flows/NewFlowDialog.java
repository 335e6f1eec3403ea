package dev.dialtone.ui.flows;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

/** Asks for a new flow's name. Fires {@link CreateEvent}; the view creates the flow. */
class NewFlowDialog extends Dialog {

  private final TextField name = new TextField("Name");

  NewFlowDialog() {
    setHeaderTitle("New flow");
    configureName();
    add(name);
    getFooter().add(cancelButton(), createButton());
  }

  private void configureName() {
    name.setId("new-flow-name");
    name.setPlaceholder("e.g. Main menu");
    name.setHelperText(
        "It starts as a call that is answered and hung up; open it to add prompts and menus.");
    name.setWidth("24rem");
  }

  private Button createButton() {
    Button create =
        new Button("Create", click -> fireEvent(new CreateEvent(this, name.getValue().strip())));
    create.setId("create-flow");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.addClickShortcut(Key.ENTER);
    return create;
  }

  private Button cancelButton() {
    return new Button("Cancel", click -> close());
  }

  /** Shows why the name was refused, next to the field. */
  void refuse(String message) {
    name.setErrorMessage(
        message.isEmpty()
            ? message
            : Character.toUpperCase(message.charAt(0)) + message.substring(1));
    name.setInvalid(true);
    name.focus();
  }

  void openEmpty() {
    name.clear();
    name.setInvalid(false);
    open();
    name.focus();
  }

  Registration addCreateListener(ComponentEventListener<CreateEvent> listener) {
    return addListener(CreateEvent.class, listener);
  }

  /** The person asked for a flow with this name. */
  static class CreateEvent extends ComponentEvent<NewFlowDialog> {

    private final String name;

    CreateEvent(NewFlowDialog source, String name) {
      super(source, false);
      this.name = name;
    }

    String name() {
      return name;
    }
  }
}
