package dev.dialtone.ui.groups;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.dialtone.flow.Problem;
import dev.dialtone.runtime.groups.CallGroup;
import dev.dialtone.runtime.groups.GroupService;
import dev.dialtone.runtime.problems.ConflictException;
import dev.dialtone.runtime.problems.InvalidInputException;
import dev.dialtone.runtime.problems.NotFoundException;
import dev.dialtone.ui.common.DeleteConfirmation;
import dev.dialtone.ui.common.Messages;
import dev.dialtone.ui.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Collectors;

/** Saved groups that a groupcall rings: editors add, edit and delete them; viewers read. */
@Route("groups")
@PageTitle("Groups · Dialtone")
@PermitAll
public class GroupsView extends Main {

  private final transient GroupService groups;
  private final boolean canEdit;
  private final GroupsGrid grid;
  private final GroupForm form = new GroupForm();
  private final Div emptyState = new Div();

  public GroupsView(GroupService groups, CurrentUser user) {
    this.groups = groups;
    this.canEdit = user.canEdit();
    this.grid = new GroupsGrid(canEdit);
    addClassName("page");
    emptyState.setId("groups-empty");
    emptyState.addClassName("empty-state");
    emptyState.add(
        new Paragraph("No groups yet."),
        new Paragraph(
            canEdit
                ? "Add a group above: the numbers or endpoints a groupcall rings, all at once or"
                    + " one by one; a group may contain other groups."
                : "An editor or administrator can add groups; they will be listed here."));
    form.addSaveListener(event -> save(event));
    grid.addEditListener(event -> form.edit(event.item()));
    grid.addDeleteListener(event -> confirmDelete(event.item()));
    add(header());
    if (canEdit) {
      add(form);
    }
    add(emptyState, grid);
    refresh();
  }

  private static Component header() {
    Div header = new Div(new H2("Groups"));
    header.addClassName("page-header");
    return header;
  }

  private void refresh() {
    List<CallGroup> all = groups.list();
    form.setGroups(all);
    grid.show(all);
    grid.setVisible(!all.isEmpty());
    emptyState.setVisible(all.isEmpty());
  }

  private void save(GroupForm.SaveEvent event) {
    if (!canEdit) {
      return;
    }
    try {
      CallGroup saved =
          event.id() == null
              ? groups.create(event.draft())
              : groups.update(event.id(), event.draft());
      Messages.success("Group “" + saved.name() + "” saved");
      form.clear();
    } catch (InvalidInputException e) {
      form.refuse(e.problems().stream().map(Problem::message).collect(Collectors.joining("; ")));
      return;
    } catch (ConflictException | NotFoundException e) {
      form.refuse(e.getMessage());
      return;
    }
    refresh();
  }

  private void confirmDelete(CallGroup group) {
    DeleteConfirmation.open(
        "Delete group “" + group.name() + "”?",
        "Groupcalls can no longer ring it.",
        () -> delete(group));
  }

  private void delete(CallGroup group) {
    try {
      groups.delete(group.id());
      Messages.success("Group “" + group.name() + "” deleted");
    } catch (ConflictException | NotFoundException e) {
      Messages.error("“" + group.name() + "” was not deleted: " + e.getMessage());
    }
    refresh();
  }
}
