package dev.dialtone.ui.users;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.dialtone.runtime.problems.ConflictException;
import dev.dialtone.runtime.problems.InvalidInputException;
import dev.dialtone.runtime.problems.NotFoundException;
import dev.dialtone.runtime.users.Role;
import dev.dialtone.runtime.users.StoredUser;
import dev.dialtone.ui.common.Messages;
import jakarta.annotation.security.RolesAllowed;

/** Who may log in, with which role: add, change role, reset password, disable and enable. */
@Route("users")
@PageTitle("Users · Dialtone")
@RolesAllowed("ADMIN")
public class UsersView extends Main {

  private final transient UserAdministration users;
  private final UsersGrid grid = new UsersGrid();
  private final NewUserDialog newUserDialog = new NewUserDialog();
  private final PasswordDialog passwordDialog = new PasswordDialog();

  public UsersView(UserAdministration users) {
    this.users = users;
    addClassName("page");
    grid.addRoleListener(event -> changeRole(event.item(), event.role()));
    grid.addResetPasswordListener(event -> passwordDialog.openFor(event.item()));
    grid.addEnabledListener(event -> setEnabled(event.item(), event.enabled()));
    newUserDialog.addCreateListener(
        event -> create(event.username(), event.role(), event.password()));
    passwordDialog.addResetListener(event -> resetPassword(event.user(), event.password()));
    add(header(), grid);
    refresh();
  }

  private Component header() {
    Button add =
        new Button("New user", VaadinIcon.PLUS.create(), click -> newUserDialog.openEmpty());
    add.setId("new-user");
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Div header = new Div(new H2("Users"), add);
    header.addClassName("page-header");
    return header;
  }

  private void refresh() {
    grid.setItems(users.list());
  }

  private void create(String username, Role role, String password) {
    try {
      users.create(username, role, password);
    } catch (InvalidInputException e) {
      newUserDialog.refuse(e.problems());
      return;
    }
    newUserDialog.close();
    refresh();
    Messages.success("User " + username + " added as " + UsersGrid.label(role).toLowerCase());
  }

  private void changeRole(StoredUser user, Role role) {
    try {
      users.changeRole(user, role);
      Messages.success(user.username() + " is now " + UsersGrid.label(role).toLowerCase());
    } catch (ConflictException | NotFoundException e) {
      Messages.error(e.getMessage());
    }
    refresh();
  }

  private void resetPassword(StoredUser user, String password) {
    try {
      users.resetPassword(user, password);
    } catch (InvalidInputException e) {
      passwordDialog.refuse(e.getMessage());
      return;
    } catch (NotFoundException e) {
      passwordDialog.close();
      Messages.error(e.getMessage());
      return;
    }
    passwordDialog.close();
    Messages.success("New password set for " + user.username());
  }

  private void setEnabled(StoredUser user, boolean enabled) {
    try {
      users.setEnabled(user, enabled);
      Messages.success(user.username() + (enabled ? " may log in again" : " can no longer log in"));
    } catch (ConflictException | NotFoundException e) {
      Messages.error(e.getMessage());
    }
    refresh();
  }
}
