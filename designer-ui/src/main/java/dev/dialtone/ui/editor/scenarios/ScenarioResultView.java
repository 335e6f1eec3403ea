package dev.dialtone.ui.editor.scenarios;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dev.dialtone.runtime.scenarios.ScenarioResult;
import dev.dialtone.runtime.scenarios.ScenarioResult.Difference;
import java.util.function.Consumer;

/**
 * One scenario's outcome: pass or fail, the first difference with its node (a click marks it on the
 * canvas), and every caller step and check with its own pass or fail.
 */
final class ScenarioResultView extends Div {

  ScenarioResultView(ScenarioResult result, Consumer<ScenarioResult> showOnCanvas) {
    addClassName("scenario-result");
    getElement().setAttribute("data-passed", Boolean.toString(result.passed()));
    getElement().setAttribute("data-name", result.name());
    Span title = new Span((result.passed() ? "✓ " : "✗ ") + result.name());
    title.addClassName("scenario-title");
    add(title);
    Difference difference = result.firstDifference();
    if (difference != null) {
      Div first = new Div(new Span(describe(difference)));
      first.addClassName("first-difference");
      if (difference.nodeId() != null) {
        first.getElement().setAttribute("data-node", difference.nodeId());
      }
      first.addClickListener(click -> showOnCanvas.accept(result));
      add(first);
    }
    UnorderedList items = new UnorderedList();
    items.addClassName("scenario-steps");
    result
        .steps()
        .forEach(
            step ->
                items.add(
                    item(
                        step.passed(),
                        "step " + step.step() + ": " + step.action() + " — " + step.detail())));
    result
        .checks()
        .forEach(check -> items.add(item(check.passed(), check.check() + ": " + check.detail())));
    add(items);
    addClickListener(click -> showOnCanvas.accept(result));
  }

  private static ListItem item(boolean passed, String text) {
    ListItem item = new ListItem((passed ? "✓ " : "✗ ") + text);
    item.getElement().setAttribute("data-passed", Boolean.toString(passed));
    return item;
  }

  static String describe(Difference d) {
    String where = d.nodeId() == null ? "" : " at node '" + d.nodeId() + "'";
    return "First difference in "
        + d.check()
        + where
        + ": expected "
        + (d.expected() == null ? "nothing more" : "'" + d.expected() + "'")
        + ", got "
        + (d.actual() == null ? "nothing more" : "'" + d.actual() + "'");
  }
}
