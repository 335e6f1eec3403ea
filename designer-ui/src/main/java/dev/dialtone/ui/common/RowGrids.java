package dev.dialtone.ui.common;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.ValueProvider;

/**
 * What the grids of the list screens (groups, numbers, users) have in common, so that they look and
 * behave alike: the grid's look, the column of row actions, the row's icon buttons.
 */
public final class RowGrids {

  private RowGrids() {}

  /** Striped rows, no border, as tall as its rows (the page scrolls, not the grid). */
  public static void styleList(Grid<?> grid, String id) {
    grid.setId(id);
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_NO_BORDER);
    grid.setAllRowsVisible(true);
  }

  /** The last column: a row's action buttons, right-aligned and only as wide as they are. */
  public static <T> Grid.Column<T> addActionsColumn(
      Grid<T> grid, ValueProvider<T, Component> actions) {
    return grid.addComponentColumn(actions)
        .setTextAlign(ColumnTextAlign.END)
        .setAutoWidth(true)
        .setFlexGrow(0);
  }

  /** An icon button of a row, named for screen readers ("Edit Sales"). */
  public static Button iconButton(VaadinIcon icon, String ariaLabel, Runnable onClick) {
    Button button = new Button(icon.create(), click -> onClick.run());
    button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
    button.setAriaLabel(ariaLabel);
    return button;
  }

  /** A row's delete button: a red bin ("Delete +15550100"). */
  public static Button deleteButton(String ariaLabel, Runnable onClick) {
    Button delete = iconButton(VaadinIcon.TRASH, ariaLabel, onClick);
    delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
    return delete;
  }
}
