package dev.dialtone.ui.flows;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import dev.dialtone.runtime.flows.FlowSummary;
import dev.dialtone.ui.editor.EditorView;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The flow list. Fires {@link DeleteEvent}; the view asks for confirmation and deletes. */
class FlowsGrid extends Grid<FlowSummary> {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

  FlowsGrid(boolean canEdit) {
    super(FlowSummary.class, false);
    setId("flows-grid");
    addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    setAllRowsVisible(true);
    addComponentColumn(FlowsGrid::nameLink)
        .setHeader("Name")
        .setAutoWidth(true)
        .setFlexGrow(2)
        .setSortable(true)
        .setComparator(FlowSummary::name);
    addColumn(flow -> "Revision " + flow.revision()).setHeader("Draft").setAutoWidth(true);
    addComponentColumn(FlowsGrid::published).setHeader("Published").setAutoWidth(true);
    addColumn(FlowsGrid::numbers).setHeader("Numbers").setFlexGrow(1);
    addColumn(FlowsGrid::lastChange).setHeader("Last change").setAutoWidth(true).setFlexGrow(0);
    if (canEdit) {
      addComponentColumn(this::deleteButton)
          .setTextAlign(ColumnTextAlign.END)
          .setAutoWidth(true)
          .setFlexGrow(0);
    }
  }

  private static Component nameLink(FlowSummary flow) {
    RouterLink link =
        new RouterLink(
            flow.name(), EditorView.class, new RouteParameters("id", flow.id().toString()));
    link.addClassName("flow-name");
    return link;
  }

  private static Component published(FlowSummary flow) {
    Integer version = flow.latestPublishedVersion();
    Span badge = new Span(version == null ? "Not published" : "Version " + version);
    badge.addClassNames("status", version == null ? "status-draft" : "status-published");
    return badge;
  }

  private static String numbers(FlowSummary flow) {
    return flow.numbers().isEmpty() ? "None" : String.join(", ", flow.numbers());
  }

  static String lastChange(FlowSummary flow) {
    return WHEN.format(flow.updatedAt()) + " by " + flow.updatedBy();
  }

  private Component deleteButton(FlowSummary flow) {
    Button delete =
        new Button(VaadinIcon.TRASH.create(), click -> fireEvent(new DeleteEvent(this, flow)));
    delete.addThemeVariants(
        ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_ICON);
    delete.setAriaLabel("Delete " + flow.name());
    delete.setTooltipText("Delete");
    return delete;
  }

  Registration addDeleteListener(ComponentEventListener<DeleteEvent> listener) {
    return addListener(DeleteEvent.class, listener);
  }

  /** The person asked to delete this flow. */
  static class DeleteEvent extends ComponentEvent<FlowsGrid> {

    private final transient FlowSummary flow;

    DeleteEvent(FlowsGrid source, FlowSummary flow) {
      super(source, false);
      this.flow = flow;
    }

    FlowSummary flow() {
      return flow;
    }
  }
}
