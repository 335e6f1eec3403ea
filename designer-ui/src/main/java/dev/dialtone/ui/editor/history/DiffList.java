package dev.dialtone.ui.editor.history;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** The changes of one comparison, each a button that centres its node on the canvas. */
final class DiffList extends Div {

  private final Consumer<String> focusNode;

  DiffList(Consumer<String> focusNode) {
    this.focusNode = focusNode;
    setId("history-diff");
    addClassName("history-diff");
    setVisible(false);
  }

  void show(String title, List<DiffLine> lines) {
    removeAll();
    Span heading = new Span(title);
    heading.addClassName("history-diff-title");
    add(heading);
    if (lines.isEmpty()) {
      add(new Paragraph("No differences."));
    }
    lines.forEach(line -> add(entry(line)));
    setVisible(true);
  }

  void clear() {
    removeAll();
    setVisible(false);
  }

  private Button entry(DiffLine line) {
    Button entry = new Button(line.text());
    entry.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    entry.addClassNames("diff-line", "diff-" + line.kind().name().toLowerCase(Locale.ROOT));
    entry.getElement().setAttribute("data-node", line.nodeId() == null ? "" : line.nodeId());
    if (line.nodeId() == null) {
      entry.setEnabled(false);
    } else {
      entry.addClickListener(click -> focusNode.accept(line.nodeId()));
    }
    return entry;
  }
}
