package dev.dialtone.ui.editor.testcall;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import java.util.ArrayList;
import java.util.List;

/**
 * The live transcript: one entry per line, with its kind as {@code data-type}. The Calls screen
 * shows a call's transcript with it too.
 */
public class Transcript extends OrderedList {

  private final List<TranscriptLine> shown = new ArrayList<>();

  public Transcript() {
    setId("transcript");
    addClassName("test-call-transcript");
    getElement().setAttribute("aria-live", "polite");
  }

  /** Appends what is new; redraws only when a line changed (the hang-up line learns its reason). */
  public void show(List<TranscriptLine> lines) {
    boolean extendsShown =
        lines.size() >= shown.size() && lines.subList(0, shown.size()).equals(shown);
    if (!extendsShown) {
      clear();
    }
    if (lines.size() > shown.size()) {
      lines.subList(shown.size(), lines.size()).forEach(this::append);
      getElement().executeJs("this.scrollTop = this.scrollHeight");
    }
  }

  void clear() {
    removeAll();
    shown.clear();
  }

  private void append(TranscriptLine line) {
    ListItem item = new ListItem(line.text());
    item.getElement().setAttribute("data-type", line.dataType());
    if (line.nodeId() != null) {
      item.getElement().setAttribute("data-node", line.nodeId());
    }
    add(item);
    shown.add(line);
  }
}
