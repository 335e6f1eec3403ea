package dev.dialtone.ui.groups;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import dev.dialtone.runtime.groups.CallGroup;
import java.util.List;

/** The saved groups; editors fire {@link EditEvent} and {@link DeleteEvent}, viewers only read. */
class GroupsGrid extends Grid<CallGroup> {

  private List<CallGroup> all = List.of();

  GroupsGrid(boolean canEdit) {
    super(CallGroup.class, false);
    setId("groups-grid");
    addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_NO_BORDER);
    setAllRowsVisible(true);
    addColumn(CallGroup::name).setHeader("Name").setAutoWidth(true).setFlexGrow(0);
    addColumn(g -> g.ringMethod().wireName()).setHeader("Ring method").setAutoWidth(true);
    addColumn(g -> g.dialTimeoutMs() + " ms").setHeader("Dial timeout").setAutoWidth(true);
    addComponentColumn(this::destinations).setHeader("Destinations").setFlexGrow(1);
    if (canEdit) {
      addComponentColumn(this::actions)
          .setTextAlign(ColumnTextAlign.END)
          .setAutoWidth(true)
          .setFlexGrow(0);
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
    Button edit =
        new Button(VaadinIcon.EDIT.create(), click -> fireEvent(new EditEvent(this, group)));
    edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
    edit.setAriaLabel("Edit " + group.name());
    Button delete =
        new Button(VaadinIcon.TRASH.create(), click -> fireEvent(new DeleteEvent(this, group)));
    delete.addThemeVariants(
        ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_ICON);
    delete.setAriaLabel("Delete " + group.name());
    return new Div(edit, delete);
  }

  Registration addEditListener(ComponentEventListener<EditEvent> listener) {
    return addListener(EditEvent.class, listener);
  }

  Registration addDeleteListener(ComponentEventListener<DeleteEvent> listener) {
    return addListener(DeleteEvent.class, listener);
  }

  abstract static class GroupEvent extends ComponentEvent<GroupsGrid> {
    private final transient CallGroup group;

    GroupEvent(GroupsGrid source, CallGroup group) {
      super(source, false);
      this.group = group;
    }

    CallGroup group() {
      return group;
    }
  }

  static class EditEvent extends GroupEvent {
    EditEvent(GroupsGrid source, CallGroup group) {
      super(source, group);
    }
  }

  static class DeleteEvent extends GroupEvent {
    DeleteEvent(GroupsGrid source, CallGroup group) {
      super(source, group);
    }
  }
}
