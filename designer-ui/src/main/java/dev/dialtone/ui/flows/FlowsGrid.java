package dev.dialtone.ui.flows;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import dev.dialtone.runtime.flows.FlowSummary;
import dev.dialtone.ui.editor.EditorView;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/**
 * The flow list with each row's actions. Fires {@link ActionEvent} (rename, duplicate, delete); the
 * view acts. Exporting is a plain download link, which viewers get too.
 */
class FlowsGrid extends Grid<FlowSummary> {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

  private final boolean canEdit;
  private final transient Function<FlowSummary, DownloadHandler> export;

  FlowsGrid(boolean canEdit, Function<FlowSummary, DownloadHandler> export) {
    super(FlowSummary.class, false);
    this.canEdit = canEdit;
    this.export = export;
    setId("flows-grid");
    addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    setAllRowsVisible(true);
    addComponentColumn(FlowsGrid::nameLink)
        .setHeader("Name")
        // a fixed basis, not the longest name: long names end in "…" rather than push the
        // actions out of sight
        .setWidth("12rem")
        .setFlexGrow(3)
        .setSortable(true)
        .setComparator(FlowSummary::name);
    addColumn(flow -> "Revision " + flow.revision())
        .setHeader("Draft")
        .setAutoWidth(true)
        .setFlexGrow(0);
    addComponentColumn(FlowsGrid::published)
        .setHeader("Published")
        .setAutoWidth(true)
        .setFlexGrow(0);
    addColumn(FlowsGrid::numbers).setHeader("Numbers").setWidth("7rem").setFlexGrow(1);
    addColumn(FlowsGrid::lastChange).setHeader("Last change").setAutoWidth(true).setFlexGrow(0);
    addComponentColumn(this::actions)
        .setTextAlign(ColumnTextAlign.END)
        .setAutoWidth(true)
        .setFlexGrow(0);
  }

  private static Component nameLink(FlowSummary flow) {
    RouterLink link =
        new RouterLink(
            flow.name(), EditorView.class, new RouteParameters("id", flow.id().toString()));
    link.addClassName("flow-name");
    link.getElement().setAttribute("title", flow.name());
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

  private Component actions(FlowSummary flow) {
    Div actions = new Div();
    actions.addClassName("row-actions");
    if (canEdit) {
      actions.add(
          iconButton(flow, Action.RENAME, VaadinIcon.PENCIL, "Rename"),
          iconButton(flow, Action.DUPLICATE, VaadinIcon.COPY_O, "Duplicate"));
    }
    actions.add(exportLink(flow));
    if (canEdit) {
      Button delete = iconButton(flow, Action.DELETE, VaadinIcon.TRASH, "Delete");
      delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
      actions.add(delete);
    }
    return actions;
  }

  private Button iconButton(FlowSummary flow, Action action, VaadinIcon icon, String label) {
    Button button =
        new Button(icon.create(), click -> fireEvent(new ActionEvent(this, flow, action)));
    button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
    button.setAriaLabel(label + " " + flow.name());
    button.setTooltipText(label);
    return button;
  }

  private Component exportLink(FlowSummary flow) {
    Anchor link = new Anchor(export.apply(flow), "");
    link.add(VaadinIcon.DOWNLOAD_ALT.create());
    link.addClassName("icon-link");
    link.getElement().setAttribute("aria-label", "Export " + flow.name());
    link.getElement().setAttribute("title", "Export as JSON");
    return link;
  }

  Registration addActionListener(ComponentEventListener<ActionEvent> listener) {
    return addListener(ActionEvent.class, listener);
  }

  /** What a person may ask for on one row. */
  enum Action {
    RENAME,
    DUPLICATE,
    DELETE
  }

  /** The person asked for this action on this flow (as listed, with the revision they saw). */
  static class ActionEvent extends ComponentEvent<FlowsGrid> {

    private final transient FlowSummary flow;
    private final Action action;

    ActionEvent(FlowsGrid source, FlowSummary flow, Action action) {
      super(source, false);
      this.flow = flow;
      this.action = action;
    }

    FlowSummary flow() {
      return flow;
    }

    Action action() {
      return action;
    }
  }
}
