package dev.dialtone.ui.flows;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import dev.dialtone.runtime.flows.FlowSummary;
import dev.dialtone.ui.common.Messages;

/** Asks for a flow's new name. Fires {@link RenameEvent} with the revision the person saw. */
class RenameDialog extends Dialog {

  private final TextField name = new TextField("Name");
  private transient FlowSummary flow;

  RenameDialog() {
    setHeaderTitle("Rename flow");
    name.setId("rename-flow-name");
    name.setWidth("24rem");
    add(name);
    Button rename =
        new Button(
            "Rename", click -> fireEvent(new RenameEvent(this, flow, name.getValue().strip())));
    rename.setId("rename-flow");
    rename.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    rename.addClickShortcut(Key.ENTER);
    getFooter().add(new Button("Cancel", click -> close()), rename);
  }

  void openFor(FlowSummary flow) {
    this.flow = flow;
    name.setValue(flow.name());
    name.setInvalid(false);
    open();
    name.focus();
  }

  void refuse(String message) {
    name.setErrorMessage(Messages.sentence(message));
    name.setInvalid(true);
    name.focus();
  }

  Registration addRenameListener(ComponentEventListener<RenameEvent> listener) {
    return addListener(RenameEvent.class, listener);
  }

  /** The person asked to rename the flow, as listed (its revision then), to this name. */
  static class RenameEvent extends ComponentEvent<RenameDialog> {

    private final transient FlowSummary flow;
    private final String name;

    RenameEvent(RenameDialog source, FlowSummary flow, String name) {
      super(source, false);
      this.flow = flow;
      this.name = name;
    }

    FlowSummary flow() {
      return flow;
    }

    String name() {
      return name;
    }
  }
}
