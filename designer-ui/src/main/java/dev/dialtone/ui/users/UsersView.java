package dev.dialtone.ui.users;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.dialtone.runtime.users.StoredUser;
import dev.dialtone.runtime.users.UserRepository;
import jakarta.annotation.security.RolesAllowed;

/** Who may log in, with which role (read-only for now: issue 3 adds managing them). */
@Route("users")
@PageTitle("Users · Dialtone")
@RolesAllowed("ADMIN")
public class UsersView extends Main {

  public UsersView(UserRepository users) {
    addClassName("page");
    Div header = new Div(new H2("Users"));
    header.addClassName("page-header");
    Grid<StoredUser> grid = new Grid<>(StoredUser.class, false);
    grid.setId("users-grid");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.setAllRowsVisible(true);
    grid.addColumn(StoredUser::username).setHeader("User name");
    grid.addColumn(user -> capitalized(user.role().name())).setHeader("Role");
    grid.addColumn(user -> user.enabled() ? "Active" : "Disabled").setHeader("Status");
    grid.setItems(users.list());
    add(header, grid);
  }

  private static String capitalized(String role) {
    return role.charAt(0) + role.substring(1).toLowerCase();
  }
}
