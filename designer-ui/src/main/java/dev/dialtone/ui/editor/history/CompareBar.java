package dev.dialtone.ui.editor.history;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Picks two versions to compare on the canvas: any published version against another or against the
 * draft. {@link #DRAFT} stands for the draft.
 */
final class CompareBar extends Div {

  static final int DRAFT = 0;

  private final Select<Integer> from = new Select<>();
  private final Select<Integer> to = new Select<>();

  CompareBar(BiConsumer<Integer, Integer> compare) {
    setId("history-compare-bar");
    addClassName("history-compare-bar");
    from.setId("history-compare-from");
    from.setLabel("From");
    to.setId("history-compare-to");
    to.setLabel("To");
    from.setItemLabelGenerator(CompareBar::label);
    to.setItemLabelGenerator(CompareBar::label);
    Button show =
        new Button(
            "Compare",
            click -> {
              if (from.getValue() != null && to.getValue() != null) {
                compare.accept(from.getValue(), to.getValue());
              }
            });
    show.setId("history-compare");
    show.addThemeVariants(ButtonVariant.LUMO_SMALL);
    add(from, to, show);
  }

  /**
   * Offers the published versions, newest first; by default the newest is compared with the one
   * before (or with the draft when there is only one).
   */
  void offer(List<Integer> versions) {
    setVisible(!versions.isEmpty());
    List<Integer> withDraft = new ArrayList<>(List.of(DRAFT));
    withDraft.addAll(versions);
    from.setItems(versions);
    to.setItems(withDraft);
    if (versions.size() >= 2) {
      from.setValue(versions.get(1));
      to.setValue(versions.get(0));
    } else if (!versions.isEmpty()) {
      from.setValue(versions.get(0));
      to.setValue(DRAFT);
    }
  }

  static String label(Integer version) {
    return version == DRAFT ? "draft" : "v" + version;
  }
}
