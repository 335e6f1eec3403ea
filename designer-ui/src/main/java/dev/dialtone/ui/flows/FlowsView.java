package dev.dialtone.ui.flows;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import dev.dialtone.flow.FlowCompiler;
import dev.dialtone.flow.Problem;
import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.runtime.flows.FlowService;
import dev.dialtone.runtime.flows.FlowSummary;
import dev.dialtone.runtime.flows.FlowView;
import dev.dialtone.runtime.problems.ConflictException;
import dev.dialtone.runtime.problems.InvalidInputException;
import dev.dialtone.runtime.problems.NotFoundException;
import dev.dialtone.runtime.scenarios.ScenarioService;
import dev.dialtone.ui.common.DeleteConfirmation;
import dev.dialtone.ui.common.Messages;
import dev.dialtone.ui.editor.EditorView;
import dev.dialtone.ui.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** The list of flows: create, import, open, rename, duplicate, export, delete. */
@Route("")
@PageTitle("Flows · Dialtone")
@PermitAll
public class FlowsView extends Main {

  private final transient FlowService flows;
  private final transient ScenarioService scenarios;
  private final transient FlowDocuments documents;
  private final transient CurrentUser user;
  private final FlowsGrid grid;
  private final Div emptyState = new Div();
  private final NewFlowDialog newFlowDialog = new NewFlowDialog();
  private final RenameDialog renameDialog = new RenameDialog();
  private final ImportProblemsDialog importProblems = new ImportProblemsDialog();

  public FlowsView(
      FlowService flows, ScenarioService scenarios, FlowCompiler compiler, CurrentUser user) {
    this.flows = flows;
    this.scenarios = scenarios;
    this.documents = new FlowDocuments(compiler);
    this.user = user;
    this.grid =
        new FlowsGrid(
            user.canEdit(), flow -> FlowExport.of(flows, scenarios, flow.id(), flow.name()));
    addClassName("page");
    configureEmptyState();
    grid.addActionListener(
        event -> {
          switch (event.action()) {
            case RENAME -> renameDialog.openFor(event.flow());
            case DUPLICATE -> duplicate(event.flow());
            case DELETE -> confirmDelete(event.flow());
          }
        });
    newFlowDialog.addCreateListener(event -> create(event.name()));
    renameDialog.addRenameListener(event -> rename(event.flow(), event.name()));
    add(header(), emptyState, grid);
    refresh();
  }

  private Component header() {
    Div header = new Div(new H2("Flows"));
    header.addClassName("page-header");
    if (user.canEdit()) {
      ImportUpload upload = new ImportUpload();
      upload.addImportListener(event -> importFile(event.fileName(), event.text()));
      Div buttons = new Div(ImportFormat.select(upload), upload, newFlowButton());
      buttons.addClassName("header-actions");
      header.add(buttons);
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
                + " prompts, menus and branches, then publish it and assign a number. Or import a"
                + " flow exported from another Dialtone."
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
    List<Problem> problems = documents.nameProblems(StarterFlow.named(name));
    if (!problems.isEmpty()) {
      newFlowDialog.refuse(problems.getFirst().message());
      return;
    }
    FlowView created;
    try {
      created = flows.create(documents.json(StarterFlow.named(name)), user.name());
    } catch (InvalidInputException e) {
      newFlowDialog.refuse(e.getMessage());
      return;
    }
    newFlowDialog.close();
    // A new flow is made to be edited: open it.
    getUI()
        .ifPresent(
            ui ->
                ui.navigate(
                    EditorView.class, new RouteParameters("id", created.flow().id().toString())));
  }

  private void rename(FlowSummary flow, String name) {
    try {
      FlowDocument renamed = FlowDocuments.named(readable(flows.get(flow.id())), name);
      List<Problem> problems = documents.nameProblems(renamed);
      if (!problems.isEmpty()) {
        renameDialog.refuse(problems.getFirst().message());
        return;
      }
      // The revision the person saw: if someone saved since, this is refused, not overwritten.
      flows.update(flow.id(), flow.revision(), documents.json(renamed), user.name());
    } catch (InvalidInputException e) {
      renameDialog.refuse(e.getMessage());
      return;
    } catch (ConflictException e) {
      // Someone saved since the list was drawn: show the list as it is now, behind the dialog.
      renameDialog.refuse(
          "“"
              + flow.name()
              + "” was changed meanwhile (you saw revision "
              + flow.revision()
              + "), so it was not renamed. The list now shows it as it is: cancel, check it, rename it again.");
      refresh();
      return;
    } catch (NotFoundException e) {
      renameDialog.close();
      Messages.error("“" + flow.name() + "” was not renamed: " + e.getMessage());
      refresh();
      return;
    }
    renameDialog.close();
    refresh();
    Messages.success("Flow “" + flow.name() + "” renamed to “" + name + "”");
  }

  private void duplicate(FlowSummary flow) {
    try {
      FlowDocument document = readable(flows.get(flow.id()));
      String name = FlowDocuments.copyName(flow.name());
      flows.create(documents.json(FlowDocuments.named(document, name)), user.name());
      Messages.success("Flow “" + flow.name() + "” duplicated as “" + name + "”");
    } catch (InvalidInputException | NotFoundException e) {
      Messages.error("“" + flow.name() + "” was not duplicated: " + e.getMessage());
    }
    refresh();
  }

  private void importFile(String fileName, String text) {
    try {
      FlowView imported = scenarios.importFlow(text, user.name());
      Messages.success("Flow “" + imported.flow().name() + "” imported from " + fileName);
    } catch (InvalidInputException e) {
      importProblems.show(fileName, e.problems());
    }
    refresh();
  }

  private static FlowDocument readable(FlowView view) {
    if (view.document() == null) {
      throw new InvalidInputException(view.problems());
    }
    return view.document();
  }

  private void confirmDelete(FlowSummary flow) {
    DeleteConfirmation.open(
        "Delete “" + flow.name() + "”?",
        "The draft and every published version are deleted. This cannot be undone.",
        () -> delete(flow));
  }

  private void delete(FlowSummary flow) {
    try {
      flows.delete(flow.id());
      Messages.success("Flow “" + flow.name() + "” deleted");
    } catch (ConflictException | NotFoundException e) {
      Messages.error("“" + flow.name() + "” was not deleted: " + e.getMessage());
    }
    refresh();
  }
}
