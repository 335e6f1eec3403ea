package dev.dialtone.ui.numbers;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.dialtone.runtime.numbers.NumberService;
import dev.dialtone.runtime.numbers.PhoneNumber;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** Phone numbers and the flow each one routes to (read-only for now: issue 3 adds editing). */
@Route("numbers")
@PageTitle("Numbers · Dialtone")
@PermitAll
public class NumbersView extends Main {

  public NumbersView(NumberService numbers) {
    addClassName("page");
    List<PhoneNumber> all = numbers.list();
    Div header = new Div(new H2("Numbers"));
    header.addClassName("page-header");
    add(header, all.isEmpty() ? emptyState() : grid(all));
  }

  private static Grid<PhoneNumber> grid(List<PhoneNumber> all) {
    Grid<PhoneNumber> grid = new Grid<>(PhoneNumber.class, false);
    grid.setId("numbers-grid");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.setAllRowsVisible(true);
    grid.addColumn(PhoneNumber::number).setHeader("Number").setAutoWidth(true);
    grid.addColumn(number -> number.flowName() == null ? "Not assigned" : number.flowName())
        .setHeader("Flow");
    grid.setItems(all);
    return grid;
  }

  private static Div emptyState() {
    Div empty =
        new Div(
            new Paragraph("No numbers yet."),
            new Paragraph(
                "Add an E.164 number (+ then digits) and assign it to a published flow; calls to it then"
                    + " run that flow. Until this screen can add them, use POST /api/v1/numbers."));
    empty.addClassName("empty-state");
    return empty;
  }
}
