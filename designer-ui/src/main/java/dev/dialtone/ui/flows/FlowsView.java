package dev.dialtone.ui.flows;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.dialtone.flow.FlowCompiler;
import dev.dialtone.flow.Problem;
import dev.dialtone.runtime.flows.FlowService;
import dev.dialtone.runtime.flows.FlowSummary;
import dev.dialtone.runtime.problems.ConflictException;
import dev.dialtone.runtime.problems.InvalidInputException;
import dev.dialtone.runtime.problems.NotFoundException;
import dev.dialtone.ui.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** The list of flows: create, open, delete. */
@Route("")
@PageTitle("Flows · Dialtone")
@PermitAll
public class FlowsView extends Main {

  private final transient FlowService flows;
  private final transient FlowCompiler compiler;
  private final transient CurrentUser user;
  private final FlowsGrid grid;
  private final Div emptyState = new Div();
  private final NewFlowDialog newFlowDialog = new NewFlowDialog();

  public FlowsView(FlowService flows, FlowCompiler compiler, CurrentUser user) {
    this.flows = flows;
    this.compiler = compiler;
    this.user = user;
    this.grid = new FlowsGrid(user.canEdit());
    addClassName("page");
    configureEmptyState();
    grid.addDeleteListener(event -> confirmDelete(event.flow()));
    newFlowDialog.addCreateListener(event -> create(event.name()));
    add(header(), emptyState, grid);
    refresh();
  }

  private Component header() {
    Div header = new Div(new H2("Flows"));
    header.addClassName("page-header");
    if (user.canEdit()) {
      header.add(newFlowButton());
    }
    return header;
  }

  private Button newFlowButton() {
    Button create =
        new Button("New flow", VaadinIcon.PLUS.create(), click -> newFlowDialog.openEmpty());
    create.setId("new-flow");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    return create;
  }

  private void configureEmptyState() {
    emptyState.setId("flows-empty");
    emptyState.addClassName("empty-state");
    String next =
        user.canEdit()
            ? "Create one with New flow: it starts as a call that is answered and hung up. Open it to add"
                + " prompts, menus and branches, then publish it and assign a number."
            : "An editor or administrator can create one; it will be listed here.";
    emptyState.add(new Paragraph("No flows yet."), new Paragraph(next));
  }

  private void refresh() {
    List<FlowSummary> all = flows.list();
    grid.setItems(all);
    grid.setVisible(!all.isEmpty());
    emptyState.setVisible(all.isEmpty());
  }

  private void create(String name) {
    List<Problem> problems = compiler.validate(StarterFlow.named(name));
    if (!problems.isEmpty()) {
      newFlowDialog.refuse(problems.getFirst().message());
      return;
    }
    try {
      flows.create(StarterFlow.json(compiler, name), user.name());
    } catch (InvalidInputException e) {
      newFlowDialog.refuse(e.getMessage());
      return;
    }
    newFlowDialog.close();
    refresh();
    notify("Flow “" + name + "” created", NotificationVariant.LUMO_SUCCESS);
  }

  private void confirmDelete(FlowSummary flow) {
    ConfirmDialog confirm = new ConfirmDialog();
    confirm.setHeader("Delete “" + flow.name() + "”?");
    confirm.setText("The draft and every published version are deleted. This cannot be undone.");
    confirm.setCancelable(true);
    confirm.setConfirmText("Delete");
    confirm.setConfirmButtonTheme("error primary");
    confirm.addConfirmListener(event -> delete(flow));
    confirm.open();
  }

  private void delete(FlowSummary flow) {
    try {
      flows.delete(flow.id());
      notify("Flow “" + flow.name() + "” deleted", NotificationVariant.LUMO_SUCCESS);
    } catch (ConflictException | NotFoundException e) {
      notify(
          "“" + flow.name() + "” was not deleted: " + e.getMessage(),
          NotificationVariant.LUMO_ERROR);
    }
    refresh();
  }

  private static void notify(String message, NotificationVariant variant) {
    Notification notification =
        Notification.show(message, 6000, Notification.Position.BOTTOM_START);
    notification.addThemeVariants(variant);
  }
}
