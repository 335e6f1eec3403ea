package dev.dialtone.ui.editor.testcall;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * The legs the test call dialed, each with its destination and state ({@code data-state}), and why
 * it ended; hidden while the call dialed nobody. Redrawn whole: a call dials a handful.
 */
class LegList extends Div {

  private final UnorderedList items = new UnorderedList();

  LegList() {
    setId("chained-legs");
    addClassName("test-call-legs");
    items.getElement().setAttribute("aria-live", "polite");
    add(new H4("Dialed legs"), items);
    setVisible(false);
  }

  void show(List<LegLine> legs) {
    items.removeAll();
    for (LegLine leg : legs) {
      items.add(item(leg));
    }
    setVisible(!legs.isEmpty());
  }

  private static ListItem item(LegLine leg) {
    // Text set as text: destinations come from flow documents and virtual phones.
    Span destination = new Span(leg.destination() == null ? "…" : leg.destination());
    destination.addClassName("leg-destination");
    Span state = new Span(leg.reason() == null ? leg.state() : leg.state() + " — " + leg.reason());
    state.addClassName("leg-state");
    ListItem item = new ListItem(destination, state);
    item.getElement().setAttribute("data-leg", leg.legId().toString());
    if (leg.destination() != null) {
      item.getElement().setAttribute("data-destination", leg.destination());
    }
    item.getElement().setAttribute("data-state", leg.state());
    item.getElement().setAttribute("data-bridged", Boolean.toString(leg.bridged()));
    return item;
  }
}
