package dev.dialtone.ui.users;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import dev.dialtone.runtime.users.Role;
import dev.dialtone.runtime.users.StoredUser;
import dev.dialtone.ui.common.RowEvent;
import dev.dialtone.ui.common.RowGrids;

/**
 * Every login with its role and status. Fires {@link RoleEvent}, {@link ResetPasswordEvent} and
 * {@link EnabledEvent}; the view applies them.
 */
class UsersGrid extends Grid<StoredUser> {

  UsersGrid() {
    super(StoredUser.class, false);
    RowGrids.styleList(this, "users-grid");
    addColumn(StoredUser::username).setHeader("User name").setAutoWidth(true).setFlexGrow(1);
    addComponentColumn(this::rolePicker).setHeader("Role").setAutoWidth(true).setFlexGrow(0);
    addComponentColumn(UsersGrid::status).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
    RowGrids.addActionsColumn(this, this::actions);
  }

  static String label(Role role) {
    return role.name().charAt(0) + role.name().substring(1).toLowerCase();
  }

  private Component rolePicker(StoredUser user) {
    Select<Role> role = new Select<>();
    role.setItems(Role.values());
    role.setItemLabelGenerator(UsersGrid::label);
    role.setValue(user.role());
    role.setWidth("9rem");
    role.setAriaLabel("Role of " + user.username());
    role.getElement().setAttribute("data-user", user.username());
    role.addValueChangeListener(
        change -> {
          if (change.isFromClient() && change.getValue() != user.role()) {
            fireEvent(new RoleEvent(this, user, change.getValue()));
          }
        });
    return role;
  }

  private static Component status(StoredUser user) {
    Span status = new Span(user.enabled() ? "Active" : "Disabled");
    status.addClassNames("status", user.enabled() ? "status-published" : "status-draft");
    return status;
  }

  private Component actions(StoredUser user) {
    Button reset =
        new Button(
            "Reset password",
            VaadinIcon.KEY.create(),
            click -> fireEvent(new ResetPasswordEvent(this, user)));
    reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    Button toggle =
        new Button(
            user.enabled() ? "Disable" : "Enable",
            click -> fireEvent(new EnabledEvent(this, user, !user.enabled())));
    toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    if (user.enabled()) {
      toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
    }
    toggle.setAriaLabel((user.enabled() ? "Disable " : "Enable ") + user.username());
    reset.setAriaLabel("Reset password of " + user.username());
    Div actions = new Div(reset, toggle);
    actions.addClassName("row-actions");
    return actions;
  }

  Registration addRoleListener(ComponentEventListener<RoleEvent> listener) {
    return addListener(RoleEvent.class, listener);
  }

  Registration addResetPasswordListener(ComponentEventListener<ResetPasswordEvent> listener) {
    return addListener(ResetPasswordEvent.class, listener);
  }

  Registration addEnabledListener(ComponentEventListener<EnabledEvent> listener) {
    return addListener(EnabledEvent.class, listener);
  }

  /** Give the user this role. */
  static class RoleEvent extends RowEvent<UsersGrid, StoredUser> {

    private final Role role;

    RoleEvent(UsersGrid source, StoredUser user, Role role) {
      super(source, true, user);
      this.role = role;
    }

    Role role() {
      return role;
    }
  }

  /** Set a new password for the user. */
  static class ResetPasswordEvent extends RowEvent<UsersGrid, StoredUser> {

    ResetPasswordEvent(UsersGrid source, StoredUser user) {
      super(source, true, user);
    }
  }

  /** Let the user log in again (true) or no longer (false). */
  static class EnabledEvent extends RowEvent<UsersGrid, StoredUser> {

    private final boolean enabled;

    EnabledEvent(UsersGrid source, StoredUser user, boolean enabled) {
      super(source, true, user);
      this.enabled = enabled;
    }

    boolean enabled() {
      return enabled;
    }
  }
}
