package dev.dialtone.ui.users;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import dev.dialtone.flow.Problem;
import dev.dialtone.runtime.users.Role;
import dev.dialtone.ui.common.Messages;
import java.util.List;

/** Asks for a new user's name, role and first password. Fires {@link CreateEvent}. */
class NewUserDialog extends Dialog {

  private final TextField username = new TextField("User name");
  private final Select<Role> role = new Select<>();
  private final PasswordField password = new PasswordField("Initial password");

  NewUserDialog() {
    setHeaderTitle("New user");
    configureFields();
    Div fields = new Div(username, role, password);
    fields.addClassName("dialog-fields");
    add(fields);
    getFooter().add(new Button("Cancel", click -> close()), createButton());
  }

  private void configureFields() {
    username.setId("new-user-name");
    username.setWidthFull();
    role.setId("new-user-role");
    role.setLabel("Role");
    role.setItems(Role.values());
    role.setItemLabelGenerator(UsersGrid::label);
    role.setHelperText("Viewers read; editors change flows and numbers; admins also manage users");
    role.setWidthFull();
    password.setId("new-user-password");
    password.setHelperText(
        "At least " + UserAdministration.MIN_PASSWORD_LENGTH + " characters; tell it to the user");
    password.setWidthFull();
  }

  private Button createButton() {
    Button create =
        new Button(
            "Add user",
            click ->
                fireEvent(
                    new CreateEvent(
                        this, username.getValue().strip(), role.getValue(), password.getValue())));
    create.setId("create-user");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.addClickShortcut(Key.ENTER);
    return create;
  }

  void openEmpty() {
    username.clear();
    role.setValue(Role.EDITOR);
    password.clear();
    List.<HasValidation>of(username, role, password).forEach(field -> field.setInvalid(false));
    open();
    username.focus();
  }

  /** Shows each refused field's problem next to it. */
  void refuse(List<Problem> problems) {
    for (Problem problem : problems) {
      HasValidation field =
          switch (problem.field() == null ? "" : problem.field()) {
            case "password" -> password;
            case "role" -> role;
            default -> username;
          };
      field.setErrorMessage(Messages.sentence(problem.message()));
      field.setInvalid(true);
    }
  }

  Registration addCreateListener(ComponentEventListener<CreateEvent> listener) {
    return addListener(CreateEvent.class, listener);
  }

  /** The person asked for this user. */
  static class CreateEvent extends ComponentEvent<NewUserDialog> {

    private final String username;
    private final Role role;
    private final String password;

    CreateEvent(NewUserDialog source, String username, Role role, String password) {
      super(source, false);
      this.username = username;
      this.role = role;
      this.password = password;
    }

    String username() {
      return username;
    }

    Role role() {
      return role;
    }

    String password() {
      return password;
    }
  }
}
