package dev.dialtone.ui.numbers;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.dialtone.flow.Problem;
import dev.dialtone.runtime.flows.FlowService;
import dev.dialtone.runtime.flows.FlowSummary;
import dev.dialtone.runtime.numbers.NumberService;
import dev.dialtone.runtime.numbers.PhoneNumber;
import dev.dialtone.runtime.problems.ConflictException;
import dev.dialtone.runtime.problems.InvalidInputException;
import dev.dialtone.runtime.problems.NotFoundException;
import dev.dialtone.ui.common.DeleteConfirmation;
import dev.dialtone.ui.common.Messages;
import dev.dialtone.ui.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.UUID;

/** Phone numbers and the flow each one routes to: add, assign, unassign, delete. */
@Route("numbers")
@PageTitle("Numbers · Dialtone")
@PermitAll
public class NumbersView extends Main {

  private final transient NumberService numbers;
  private final transient FlowService flows;
  private final NumbersGrid grid;
  private final NewNumberForm form = new NewNumberForm();
  private final Div emptyState = new Div();

  public NumbersView(NumberService numbers, FlowService flows, CurrentUser user) {
    this.numbers = numbers;
    this.flows = flows;
    this.grid = new NumbersGrid(user.canEdit());
    addClassName("page");
    configureEmptyState(user.canEdit());
    form.addAddListener(event -> add(event.number(), event.flow()));
    grid.addAssignListener(event -> assign(event.item(), event.flow()));
    grid.addDeleteListener(event -> confirmDelete(event.item()));
    add(header());
    if (user.canEdit()) {
      add(form);
    }
    add(emptyState, grid);
    refresh();
  }

  private static Component header() {
    Div header = new Div(new H2("Numbers"));
    header.addClassName("page-header");
    return header;
  }

  private void configureEmptyState(boolean canEdit) {
    emptyState.setId("numbers-empty");
    emptyState.addClassName("empty-state");
    String next =
        canEdit
            ? "Add an E.164 number above (+ then the country code and number) and pick the flow"
                + " that answers it; calls to the number then run the flow's published version."
            : "An editor or administrator can add numbers; they will be listed here.";
    emptyState.add(new Paragraph("No numbers yet."), new Paragraph(next));
  }

  private void refresh() {
    List<PhoneNumber> all = numbers.list();
    List<FlowSummary> allFlows = flows.list();
    form.setFlows(allFlows);
    grid.show(all, allFlows);
    grid.setVisible(!all.isEmpty());
    emptyState.setVisible(all.isEmpty());
  }

  private void add(String number, FlowSummary flow) {
    try {
      numbers.create(number, flow == null ? null : flow.id());
    } catch (InvalidInputException e) {
      form.refuse(numberProblem(e.problems()));
      return;
    } catch (ConflictException e) {
      form.refuse(e.getMessage());
      return;
    }
    form.clear();
    refresh();
    Messages.success(
        "Number "
            + number
            + (flow == null ? " added" : " added and routed to “" + flow.name() + "”"));
  }

  private static String numberProblem(List<Problem> problems) {
    return problems.stream()
        .map(Problem::message)
        .reduce((first, second) -> first + "; " + second)
        .orElse("the number was refused");
  }

  private void assign(PhoneNumber number, FlowSummary flow) {
    UUID flowId = flow == null ? null : flow.id();
    try {
      numbers.assign(number.number(), flowId);
      Messages.success(
          flow == null
              ? number.number() + " is no longer assigned"
              : number.number() + " now runs “" + flow.name() + "”");
    } catch (InvalidInputException | NotFoundException e) {
      Messages.error(number.number() + " was not changed: " + e.getMessage());
    }
    refresh();
  }

  private void confirmDelete(PhoneNumber number) {
    DeleteConfirmation.open(
        "Delete " + number.number() + "?",
        number.flowName() == null
            ? "The number is removed from Dialtone."
            : "Calls to it will no longer run “" + number.flowName() + "”.",
        () -> delete(number));
  }

  private void delete(PhoneNumber number) {
    try {
      numbers.delete(number.number());
      Messages.success("Number " + number.number() + " deleted");
    } catch (NotFoundException e) {
      Messages.error(number.number() + " was not deleted: " + e.getMessage());
    }
    refresh();
  }
}
