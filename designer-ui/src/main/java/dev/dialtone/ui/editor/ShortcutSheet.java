package dev.dialtone.ui.editor;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.DomListenerRegistration;
import java.util.List;

/**
 * The editor's keyboard shortcuts on one sheet, opened with "?" (or the toolbar's "?" button). The
 * keys listed are the ones the canvas and the toolbar really handle.
 */
class ShortcutSheet extends Dialog {

  record Shortcut(String keys, String does) {}

  static final List<Shortcut> SHORTCUTS =
      List.of(
          new Shortcut("Ctrl+Z", "Undo"),
          new Shortcut("Ctrl+Shift+Z  or  Ctrl+Y", "Redo"),
          new Shortcut("Delete  or  Backspace", "Delete the selected nodes and wires"),
          new Shortcut("Ctrl+C", "Copy the selected nodes"),
          new Shortcut("Ctrl+V", "Paste them, offset from the originals"),
          new Shortcut("Ctrl+F", "Find a node by id or text"),
          new Shortcut("Ctrl+S", "Save the draft"),
          new Shortcut("Tidy up (toolbar)", "Lay the flow out top to bottom"),
          new Shortcut("Right click", "Delete, copy, duplicate or rename a node or wire"),
          new Shortcut("?", "This sheet"));

  /** Well past Lumo's closing animation (about 0.2 s). */
  static final int CLOSING_GRACE_MS = 600;

  private DomListenerRegistration questionMark;

  ShortcutSheet() {
    setId("shortcut-sheet");
    setHeaderTitle("Keyboard shortcuts");
    Div rows = new Div();
    rows.addClassName("shortcut-rows");
    for (Shortcut shortcut : SHORTCUTS) {
      Span keys = new Span(shortcut.keys());
      keys.addClassName("shortcut-keys");
      Div row = new Div(keys, new Span(shortcut.does()));
      row.addClassName("shortcut-row");
      rows.add(row);
    }
    add(rows);
    Button close = new Button("Close", click -> close());
    close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(close);
    addOpenedChangeListener(
        change -> {
          if (!change.isOpened()) {
            finishClosing();
          }
        });
  }

  /**
   * The overlay ends its closing animation on an {@code animationend} that headless Chromium
   * sometimes never delivers (a page that draws no frames): the sheet then stayed "closing", an
   * invisible layer over the editor. Once the animation is surely over, this ends it if it is still
   * pending (the overlay's own way, as when it is hidden mid-animation).
   */
  private void finishClosing() {
    getElement()
        .executeJs(
            "const dialog = this; setTimeout(() => {"
                + " const overlay = dialog.$ && dialog.$.overlay;"
                + " if (overlay && overlay.hasAttribute('closing')"
                + " && typeof overlay._flushAnimation === 'function') {"
                + " overlay._flushAnimation('closing'); } }, "
                + CLOSING_GRACE_MS
                + ")");
  }

  /**
   * Listens for "?" on the whole page while the editor is shown. A "?" typed into a field is text,
   * not a command, so the filter skips keys whose target takes input.
   */
  void listenOn(UI ui) {
    stopListening();
    questionMark =
        ui.getElement()
            .addEventListener("keydown", event -> open())
            .setFilter(
                "event.key === '?' && !event.ctrlKey && !event.metaKey && !event.altKey"
                    + " && !(event.composedPath()[0].isContentEditable"
                    + " || ['INPUT','TEXTAREA','SELECT']"
                    + ".includes(event.composedPath()[0].tagName))");
  }

  void stopListening() {
    if (questionMark != null) {
      questionMark.remove();
      questionMark = null;
    }
  }
}
