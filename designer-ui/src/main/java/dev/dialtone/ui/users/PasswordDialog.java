package dev.dialtone.ui.users;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.shared.Registration;
import dev.dialtone.runtime.users.StoredUser;
import dev.dialtone.ui.common.Messages;

/** Asks for a user's new password. Fires {@link ResetEvent}. */
class PasswordDialog extends Dialog {

  private final PasswordField password = new PasswordField("New password");
  private transient StoredUser user;

  PasswordDialog() {
    password.setId("reset-password");
    password.setHelperText(
        "At least " + UserAdministration.MIN_PASSWORD_LENGTH + " characters; tell it to the user");
    password.setWidth("22rem");
    add(password);
    Button save =
        new Button(
            "Set password", click -> fireEvent(new ResetEvent(this, user, password.getValue())));
    save.setId("save-password");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickShortcut(Key.ENTER);
    getFooter().add(new Button("Cancel", click -> close()), save);
  }

  void openFor(StoredUser user) {
    this.user = user;
    setHeaderTitle("New password for " + user.username());
    password.clear();
    password.setInvalid(false);
    open();
    password.focus();
  }

  void refuse(String message) {
    password.setErrorMessage(Messages.sentence(message));
    password.setInvalid(true);
  }

  Registration addResetListener(ComponentEventListener<ResetEvent> listener) {
    return addListener(ResetEvent.class, listener);
  }

  /** The person chose this password for this user. */
  static class ResetEvent extends ComponentEvent<PasswordDialog> {

    private final transient StoredUser user;
    private final String password;

    ResetEvent(PasswordDialog source, StoredUser user, String password) {
      super(source, false);
      this.user = user;
      this.password = password;
    }

    StoredUser user() {
      return user;
    }

    String password() {
      return password;
    }
  }
}
