package dev.dialtone.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The list screens' grids and row buttons, made in one place. */
class RowGridsTest {

  @Test
  void aListGridHasItsIdStripesAndNoScrollbarOfItsOwn() {
    Grid<String> grid = new Grid<>();

    RowGrids.styleList(grid, "things-grid");

    assertThat(grid.getId()).hasValue("things-grid");
    assertThat(grid.getThemeNames()).contains("row-stripes", "no-border");
    assertThat(grid.isAllRowsVisible()).isTrue();
  }

  @Test
  void theActionsColumnIsRightAlignedAndOnlyAsWideAsItsButtons() {
    Grid<String> grid = new Grid<>();

    Grid.Column<String> actions = RowGrids.addActionsColumn(grid, Span::new);

    assertThat(actions.getTextAlign()).isEqualTo(ColumnTextAlign.END);
    assertThat(actions.isAutoWidth()).isTrue();
    assertThat(actions.getFlexGrow()).isZero();
  }

  @Test
  void rowButtonsAreNamedForScreenReadersAndActWhenClicked() {
    List<String> clicked = new ArrayList<>();

    Button edit = RowGrids.iconButton(VaadinIcon.EDIT, "Edit Sales", () -> clicked.add("edit"));
    Button delete = RowGrids.deleteButton("Delete Sales", () -> clicked.add("delete"));
    edit.click();
    delete.click();

    assertThat(clicked).containsExactly("edit", "delete");
    assertThat(edit.getAriaLabel()).hasValue("Edit Sales");
    assertThat(delete.getAriaLabel()).hasValue("Delete Sales");
    assertThat(edit.getThemeNames()).contains("tertiary", "icon").doesNotContain("error");
    assertThat(delete.getThemeNames()).contains("tertiary", "icon", "error");
  }
}
