package dev.dialtone.ui.flows;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import dev.dialtone.flow.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Why an imported file was refused: its problems grouped by node, the document's own first. */
class ImportProblemsDialog extends Dialog {

  private final Div content = new Div();

  ImportProblemsDialog() {
    setId("import-problems");
    content.addClassName("import-problems");
    add(content);
    Button close = new Button("Close", click -> close());
    close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(close);
    setWidth("36rem");
  }

  void show(String fileName, List<Problem> problems) {
    setHeaderTitle("“" + fileName + "” was not imported");
    content.removeAll();
    content.add(
        new Paragraph(
            "Nothing was stored. Correct the file and import it again; "
                + (problems.size() == 1 ? "this is" : "these are")
                + " what stops it:"));
    byNode(problems).forEach((node, messages) -> content.add(group(node, messages)));
    open();
  }

  private static Map<String, List<Problem>> byNode(List<Problem> problems) {
    Map<String, List<Problem>> groups = new LinkedHashMap<>();
    problems.stream()
        .filter(problem -> problem.nodeId() == null)
        .forEach(problem -> groups.computeIfAbsent("", key -> new ArrayList<>()).add(problem));
    problems.stream()
        .filter(problem -> problem.nodeId() != null)
        .forEach(
            problem ->
                groups.computeIfAbsent(problem.nodeId(), key -> new ArrayList<>()).add(problem));
    return groups;
  }

  private static Div group(String node, List<Problem> problems) {
    H4 title = new H4(node.isEmpty() ? "The document" : "Node " + node);
    UnorderedList list = new UnorderedList();
    for (Problem problem : problems) {
      ListItem item = new ListItem(problem.message());
      item.getElement().setAttribute("data-code", problem.code());
      list.add(item);
    }
    Div group = new Div(title, list);
    group.addClassName("problem-group");
    if (!node.isEmpty()) {
      group.getElement().setAttribute("data-node", node);
    }
    return group;
  }
}
