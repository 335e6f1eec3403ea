package dev.dialtone.ui.groups;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import dev.dialtone.runtime.groups.CallGroup;
import dev.dialtone.runtime.groups.GroupDraft;
import java.util.List;
import java.util.UUID;

/**
 * Creates a group or edits the one picked in the grid; fires {@link SaveEvent} with the draft as
 * typed (the view saves it and shows what the service refused).
 */
class GroupForm extends Div {

  private final TextField name = new TextField("Name");
  private final Select<String> ringMethod = new Select<>();
  private final IntegerField timeout = new IntegerField("Dial timeout (ms)");
  private final TextArea destinations = new TextArea("Destinations");
  private final Button save = new Button("Add group");
  private final Button cancel = new Button("Cancel");
  private List<CallGroup> groups = List.of();
  private UUID editing;

  GroupForm() {
    setId("group-form");
    addClassName("inline-form");
    name.setId("group-name");
    ringMethod.setId("group-ring-method");
    ringMethod.setLabel("Ring method");
    ringMethod.setItems("ring_all", "linear");
    ringMethod.setItemLabelGenerator(m -> m.equals("ring_all") ? "Ring all at once" : "One by one");
    timeout.setId("group-timeout");
    timeout.setStepButtonsVisible(true);
    destinations.setId("group-destinations");
    destinations.setWidth("24rem");
    destinations.setHelperText(
        "One per line: +15550001, PJSIP/alice, Local/100@context or group: <name>");
    save.setId("save-group");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(click -> fireEvent(new SaveEvent(this, editing, draft())));
    cancel.addClickListener(click -> clear());
    add(name, ringMethod, timeout, destinations, save, cancel);
    clear();
  }

  void setGroups(List<CallGroup> groups) {
    this.groups = groups;
  }

  void edit(CallGroup group) {
    editing = group.id();
    name.setValue(group.name());
    ringMethod.setValue(group.ringMethod().wireName());
    timeout.setValue(group.dialTimeoutMs());
    destinations.setValue(DestinationLines.format(group, groups));
    save.setText("Save group");
    cancel.setVisible(true);
    name.focus();
  }

  void clear() {
    editing = null;
    name.clear();
    ringMethod.setValue("ring_all");
    timeout.setValue(30_000);
    destinations.clear();
    destinations.setInvalid(false);
    save.setText("Add group");
    cancel.setVisible(false);
  }

  /** Shows why the group was refused, under the destinations. */
  void refuse(String message) {
    destinations.setErrorMessage(message);
    destinations.setInvalid(true);
  }

  private GroupDraft draft() {
    return new GroupDraft(
        name.getValue().strip(),
        ringMethod.getValue(),
        timeout.getValue(),
        DestinationLines.parse(destinations.getValue(), groups));
  }

  Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
    return addListener(SaveEvent.class, listener);
  }

  /** Save this draft as a new group ({@code id} null) or over group {@code id}. */
  static class SaveEvent extends ComponentEvent<GroupForm> {
    private final UUID id;
    private final transient GroupDraft draft;

    SaveEvent(GroupForm source, UUID id, GroupDraft draft) {
      super(source, false);
      this.id = id;
      this.draft = draft;
    }

    UUID id() {
      return id;
    }

    GroupDraft draft() {
      return draft;
    }
  }
}
