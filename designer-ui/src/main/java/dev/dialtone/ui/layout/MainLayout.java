package dev.dialtone.ui.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import dev.dialtone.ui.calls.CallsView;
import dev.dialtone.ui.editor.EditorView;
import dev.dialtone.ui.flows.FlowsView;
import dev.dialtone.ui.groups.GroupsView;
import dev.dialtone.ui.numbers.NumbersView;
import dev.dialtone.ui.recordings.RecordingsView;
import dev.dialtone.ui.security.CurrentUser;
import dev.dialtone.ui.tokens.TokensView;
import dev.dialtone.ui.users.UsersView;
import dev.dialtone.ui.webhooks.WebhooksView;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** The frame around every view: an app bar with the user and logout, and the side navigation. */
@Layout
@PermitAll
// Components the views may use, declared here so the committed production bundle already has them
// and a view that starts using one needs no frontend rebuild.
@Uses(TabSheet.class)
@Uses(Tabs.class)
@Uses(TextArea.class)
@Uses(IntegerField.class)
@Uses(NumberField.class)
@Uses(DatePicker.class)
@Uses(DateTimePicker.class)
@Uses(Details.class)
@Uses(MenuBar.class)
@Uses(ContextMenu.class)
@Uses(Popover.class)
@Uses(ProgressBar.class)
@Uses(RadioButtonGroup.class)
@Uses(
    SplitLayout.class) // each view inside declares its own access too; the login view has no layout
public class MainLayout extends AppLayout implements BeforeEnterObserver, AfterNavigationObserver {

  private final transient CurrentUser user;
  private List<Notification> leftBehind = List.of();

  public MainLayout(CurrentUser user) {
    this.user = user;
    setPrimarySection(Section.DRAWER);
    addToNavbar(new DrawerToggle(), spacer(), userBadge(), logoutButton());
    addToDrawer(brand(), navigation());
  }

  /**
   * A toast belongs to the page it speaks of: those open when the person goes elsewhere are closed
   * once they get there (a toast the new page shows on its way in stays).
   */
  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    leftBehind =
        event
            .getUI()
            .getChildren()
            .filter(Notification.class::isInstance)
            .map(Notification.class::cast)
            .toList();
  }

  /** The editor gets the whole width: the drawer closes (the app bar's toggle opens it again). */
  @Override
  public void afterNavigation(AfterNavigationEvent event) {
    leftBehind.forEach(Notification::close);
    leftBehind = List.of();
    setDrawerOpened(!(getContent() instanceof EditorView));
  }

  private static Component brand() {
    Span logo = new Span("Dialtone");
    logo.addClassName("app-brand");
    return logo;
  }

  private SideNav navigation() {
    SideNav nav = new SideNav();
    nav.addItem(new SideNavItem("Flows", FlowsView.class, VaadinIcon.SITEMAP.create()));
    nav.addItem(new SideNavItem("Numbers", NumbersView.class, VaadinIcon.PHONE.create()));
    nav.addItem(new SideNavItem("Groups", GroupsView.class, VaadinIcon.GROUP.create()));
    nav.addItem(new SideNavItem("Calls", CallsView.class, VaadinIcon.PHONE_LANDLINE.create()));
    nav.addItem(
        new SideNavItem("Recordings", RecordingsView.class, VaadinIcon.MICROPHONE.create()));
    nav.addItem(new SideNavItem("API tokens", TokensView.class, VaadinIcon.KEY.create()));
    nav.addItem(new SideNavItem("Webhooks", WebhooksView.class, VaadinIcon.CONNECT.create()));
    if (user.isAdmin()) {
      nav.addItem(new SideNavItem("Users", UsersView.class, VaadinIcon.USERS.create()));
    }
    return nav;
  }

  private static Component spacer() {
    Div spacer = new Div();
    spacer.addClassName("app-bar-spacer");
    return spacer;
  }

  private Component userBadge() {
    Span name = new Span(VaadinIcon.USER.create(), new Span(user.name()));
    name.addClassName("app-user");
    name.setId("current-user");
    return name;
  }

  private Component logoutButton() {
    Button logout = new Button("Log out", VaadinIcon.SIGN_OUT.create(), click -> user.logout());
    logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    logout.addClassName("app-logout");
    return logout;
  }
}
