package dev.dialtone.ui.groups;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import dev.dialtone.runtime.groups.CallGroup;
import dev.dialtone.ui.common.RowEvent;
import dev.dialtone.ui.common.RowGrids;
import java.util.List;

/** The saved groups; editors fire {@link EditEvent} and {@link DeleteEvent}, viewers only read. */
class GroupsGrid extends Grid<CallGroup> {

  private List<CallGroup> all = List.of();

  GroupsGrid(boolean canEdit) {
    super(CallGroup.class, false);
    RowGrids.styleList(this, "groups-grid");
    addColumn(CallGroup::name).setHeader("Name").setAutoWidth(true).setFlexGrow(0);
    addColumn(g -> g.ringMethod().wireName()).setHeader("Ring method").setAutoWidth(true);
    addColumn(g -> g.dialTimeoutMs() + " ms").setHeader("Dial timeout").setAutoWidth(true);
    addComponentColumn(this::destinations).setHeader("Destinations").setFlexGrow(1);
    if (canEdit) {
      RowGrids.addActionsColumn(this, this::actions);
    }
  }

  void show(List<CallGroup> groups) {
    all = groups;
    setItems(groups);
  }

  private Component destinations(CallGroup group) {
    Div lines = new Div();
    lines.getStyle().set("white-space", "pre-line");
    lines.setText(DestinationLines.format(group, all));
    return lines;
  }

  private Component actions(CallGroup group) {
    return new Div(
        RowGrids.iconButton(
            VaadinIcon.EDIT, "Edit " + group.name(), () -> fireEvent(new EditEvent(this, group))),
        RowGrids.deleteButton(
            "Delete " + group.name(), () -> fireEvent(new DeleteEvent(this, group))));
  }

  Registration addEditListener(ComponentEventListener<EditEvent> listener) {
    return addListener(EditEvent.class, listener);
  }

  Registration addDeleteListener(ComponentEventListener<DeleteEvent> listener) {
    return addListener(DeleteEvent.class, listener);
  }

  /** Open the group in the form. */
  static class EditEvent extends RowEvent<GroupsGrid, CallGroup> {
    EditEvent(GroupsGrid source, CallGroup group) {
      super(source, false, group);
    }
  }

  /** Delete the group (after asking). */
  static class DeleteEvent extends RowEvent<GroupsGrid, CallGroup> {
    DeleteEvent(GroupsGrid source, CallGroup group) {
      super(source, false, group);
    }
  }
}
