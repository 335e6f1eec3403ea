package dev.dialtone.ui.editor;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import dev.dialtone.flow.Problem;
import java.util.List;

/** What the compiler's validator says about the draft, one line per problem, by node. */
class ProblemsPanel extends Div {

  private final UnorderedList list = new UnorderedList();

  ProblemsPanel() {
    setId("problems");
    addClassName("problems-panel");
    add(new H3("Problems"), list);
  }

  void show(List<Problem> problems) {
    list.removeAll();
    problems.forEach(problem -> list.add(item(problem)));
    setVisible(!problems.isEmpty());
  }

  private static ListItem item(Problem problem) {
    // The message names the node already; the attributes let the canvas find it.
    ListItem item = new ListItem(problem.message());
    item.getElement().setAttribute("data-code", problem.code());
    if (problem.nodeId() != null) {
      item.getElement().setAttribute("data-node", problem.nodeId());
    }
    return item;
  }
}
