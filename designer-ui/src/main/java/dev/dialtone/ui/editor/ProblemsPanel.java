package dev.dialtone.ui.editor;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import dev.dialtone.flow.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the compiler's validator says about the draft, one line per problem. A problem that names a
 * node can be clicked to find that node on the canvas.
 */
class ProblemsPanel extends Div {

  private final UnorderedList list = new UnorderedList();
  private final H3 heading = new H3("Problems");
  private final List<Consumer<String>> clickListeners = new ArrayList<>();

  ProblemsPanel() {
    setId("problems");
    addClassName("problems-panel");
    add(heading, list);
  }

  void show(List<Problem> problems) {
    list.removeAll();
    problems.forEach(problem -> list.add(item(problem)));
    heading.setText(problems.size() == 1 ? "1 problem" : problems.size() + " problems");
    setVisible(!problems.isEmpty());
  }

  /** Called with the node id when a person clicks a problem that names a node. */
  void addProblemClickListener(Consumer<String> listener) {
    clickListeners.add(listener);
  }

  private ListItem item(Problem problem) {
    // The message names the node already; the attributes let tests and the canvas find it.
    ListItem item = new ListItem(problem.message());
    item.getElement().setAttribute("data-code", problem.code());
    if (problem.nodeId() != null) {
      item.getElement().setAttribute("data-node", problem.nodeId());
      item.getElement().setAttribute("title", "Show node " + problem.nodeId());
      item.addClassName("clickable");
      item.addClickListener(click -> clickListeners.forEach(l -> l.accept(problem.nodeId())));
    }
    return item;
  }
}
