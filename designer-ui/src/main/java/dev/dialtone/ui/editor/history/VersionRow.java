package dev.dialtone.ui.editor.history;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.dialtone.runtime.flows.VersionSummary;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One published version in the History tab: number, when, who, note and calls on two short lines
 * (the side column is narrow), then its buttons.
 */
final class VersionRow extends Div {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

  private final Div actions = new Div();

  VersionRow(VersionSummary version, Runnable open, Runnable diff) {
    addClassName("history-version");
    getElement().setAttribute("data-version", Integer.toString(version.version()));
    Span number = new Span("v" + version.version());
    number.addClassName("history-version-number");
    Span meta =
        new Span(
            WHEN.format(version.publishedAt())
                + " · "
                + (version.publishedBy() == null ? "unknown" : version.publishedBy())
                + " · "
                + calls(version));
    meta.addClassName("history-version-meta");
    add(new Div(number, meta));
    if (version.note() != null) {
      Div note = new Div(version.note());
      note.addClassName("history-version-note");
      add(note);
    }
    Button view = new Button("Open", click -> open.run());
    view.addThemeVariants(ButtonVariant.LUMO_SMALL);
    view.addClassName("history-open-button");
    view.setTooltipText("Show this version on the canvas, read-only");
    actions.add(view);
    Button compare = new Button("Diff with draft", click -> diff.run());
    compare.addThemeVariants(ButtonVariant.LUMO_SMALL);
    compare.addClassName("history-diff-button");
    actions.add(compare);
    actions.addClassName("history-actions");
    add(actions);
  }

  /** Adds the Roll back button (editors, and not on the version that already runs). */
  void allowRollback(Runnable rollback) {
    Button button = new Button("Roll back", click -> rollback.run());
    button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
    button.addClassName("history-rollback-button");
    actions.add(button);
  }

  private static String calls(VersionSummary version) {
    String calls = version.calls() == 1 ? "1 call" : version.calls() + " calls";
    return version.liveCalls() == 0 ? calls : calls + " (" + version.liveCalls() + " live)";
  }
}
