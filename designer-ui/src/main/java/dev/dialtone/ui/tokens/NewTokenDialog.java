package dev.dialtone.ui.tokens;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import dev.dialtone.flow.Problem;
import dev.dialtone.runtime.users.Role;
import dev.dialtone.ui.common.Messages;
import java.time.LocalDate;
import java.util.List;

/** Asks for a new token's name, role and optional expiry date. Fires {@link CreateEvent}. */
class NewTokenDialog extends Dialog {

  private final TextField name = new TextField("Name");
  private final Select<Role> role = new Select<>();
  private final DatePicker expires = new DatePicker("Expires after (optional)");

  NewTokenDialog() {
    setHeaderTitle("New API token");
    configureFields();
    Div fields = new Div(name, role, expires);
    fields.addClassName("dialog-fields");
    add(fields);
    getFooter().add(new Button("Cancel", click -> close()), createButton());
  }

  static String label(Role role) {
    return role.name().charAt(0) + role.name().substring(1).toLowerCase();
  }

  private void configureFields() {
    name.setId("new-token-name");
    name.setHelperText("What uses it, e.g. \"CRM sync\"");
    name.setMaxLength(ApiTokens.MAX_NAME_LENGTH);
    name.setWidthFull();
    role.setId("new-token-role");
    role.setLabel("Role");
    role.setItems(Role.values());
    role.setItemLabelGenerator(NewTokenDialog::label);
    role.setHelperText("At most your own role");
    role.setWidthFull();
    expires.setId("new-token-expires");
    expires.setHelperText("The token works through this day (UTC); empty: until revoked");
    expires.setWidthFull();
  }

  private Button createButton() {
    Button create =
        new Button(
            "Create token",
            click ->
                fireEvent(
                    new CreateEvent(this, name.getValue(), role.getValue(), expires.getValue())));
    create.setId("create-token");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.addClickShortcut(Key.ENTER);
    return create;
  }

  void openEmpty(Role ceiling) {
    name.clear();
    role.setValue(ceiling == Role.ADMIN ? Role.EDITOR : ceiling);
    expires.clear();
    expires.setMin(LocalDate.now());
    List.<HasValidation>of(name, role, expires).forEach(field -> field.setInvalid(false));
    open();
    name.focus();
  }

  /** Shows each refused field's problem next to it. */
  void refuse(List<Problem> problems) {
    for (Problem problem : problems) {
      HasValidation field =
          switch (problem.field() == null ? "" : problem.field()) {
            case "role" -> role;
            case "expires_at" -> expires;
            default -> name;
          };
      field.setErrorMessage(Messages.sentence(problem.message()));
      field.setInvalid(true);
    }
  }

  Registration addCreateListener(ComponentEventListener<CreateEvent> listener) {
    return addListener(CreateEvent.class, listener);
  }

  /** The person asked for this token. */
  static class CreateEvent extends ComponentEvent<NewTokenDialog> {

    private final String name;
    private final Role role;
    private final LocalDate expires;

    CreateEvent(NewTokenDialog source, String name, Role role, LocalDate expires) {
      super(source, false);
      this.name = name;
      this.role = role;
      this.expires = expires;
    }

    String name() {
      return name;
    }

    Role role() {
      return role;
    }

    LocalDate expires() {
      return expires;
    }
  }
}
