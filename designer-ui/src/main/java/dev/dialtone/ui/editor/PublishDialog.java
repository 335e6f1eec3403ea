package dev.dialtone.ui.editor;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;

/**
 * Asks for the optional note kept with the version ("why this change"), shown later in History.
 * Enter publishes, so publishing without a note stays one key press away.
 */
final class PublishDialog extends Dialog {

  /** What the service keeps of a note (it refuses longer ones). */
  static final int MAX_NOTE = 400;

  private final TextField note = new TextField("Note (optional)");
  private final Consumer<String> publish;

  PublishDialog(Consumer<String> publish) {
    this.publish = publish;
    setId("publish-dialog");
    setHeaderTitle("Publish the draft");
    note.setId("publish-note");
    note.setWidth("26rem");
    note.setMaxLength(MAX_NOTE);
    note.setPlaceholder("What changed, and why");
    note.setHelperText("Shown with the version in History");
    add(note);
    Button confirm = new Button("Publish", click -> confirm());
    confirm.setId("publish-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    confirm.addClickShortcut(Key.ENTER);
    Button cancel = new Button("Cancel", click -> close());
    cancel.setId("publish-cancel");
    getFooter().add(cancel, confirm);
  }

  void ask() {
    note.clear();
    open();
    note.focus();
  }

  private void confirm() {
    String text = note.getValue().strip();
    close();
    publish.accept(text.isEmpty() ? null : text);
  }
}
