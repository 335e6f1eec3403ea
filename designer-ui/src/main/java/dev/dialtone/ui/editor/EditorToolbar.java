package dev.dialtone.ui.editor;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import java.util.EnumMap;
import java.util.Map;

/**
 * The editor's commands as buttons. It only reports which one was pressed; the view carries it out.
 * Viewers get none of the editing commands.
 */
class EditorToolbar extends Div {

  enum Action {
    UNDO("Undo", VaadinIcon.ARROW_BACKWARD, "undo"),
    REDO("Redo", VaadinIcon.ARROW_FORWARD, "redo"),
    DELETE("Delete", VaadinIcon.TRASH, "delete-selection"),
    TIDY_UP("Tidy up", VaadinIcon.SITEMAP, "tidy-up"),
    SAVE("Save", VaadinIcon.CHECK, "save"),
    PUBLISH("Publish", VaadinIcon.UPLOAD_ALT, "publish"),
    TEST_CALL("Test call", VaadinIcon.PHONE, "test-call"),
    SHORTCUTS("", VaadinIcon.QUESTION_CIRCLE_O, "show-shortcuts");

    final String label;
    final VaadinIcon icon;
    final String id;

    Action(String label, VaadinIcon icon, String id) {
      this.label = label;
      this.icon = icon;
      this.id = id;
    }
  }

  private final Map<Action, Button> buttons = new EnumMap<>(Action.class);

  EditorToolbar(boolean canEdit) {
    addClassName("editor-toolbar");
    if (canEdit) {
      add(Action.UNDO, Action.REDO, Action.DELETE, Action.TIDY_UP);
      add(Action.SAVE).addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
      buttons.get(Action.SAVE).addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      add(Action.PUBLISH);
      add(Action.TEST_CALL);
      buttons.get(Action.UNDO).setTooltipText("Undo (Ctrl+Z)");
      buttons.get(Action.REDO).setTooltipText("Redo (Ctrl+Shift+Z)");
      buttons.get(Action.DELETE).setTooltipText("Delete the selection (Delete key)");
      buttons.get(Action.SAVE).setTooltipText("Save the draft (Ctrl+S)");
      buttons
          .get(Action.TIDY_UP)
          .setTooltipText("Lay the flow out top to bottom (undo with Ctrl+Z)");
      buttons.get(Action.TEST_CALL).setTooltipText("Simulate a call or call a phone");
    }
    add(Action.SHORTCUTS);
    buttons.get(Action.SHORTCUTS).setTooltipText("Keyboard shortcuts (?)");
    buttons.get(Action.SHORTCUTS).setAriaLabel("Keyboard shortcuts");
  }

  private Button add(Action action) {
    Button button =
        new Button(
            action.label, action.icon.create(), click -> fireEvent(new ActionEvent(this, action)));
    button.setId(action.id);
    buttons.put(action, button);
    add(button);
    return button;
  }

  private void add(Action... actions) {
    for (Action action : actions) {
      add(action).addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    }
  }

  void setEnabled(Action action, boolean enabled) {
    Button button = buttons.get(action);
    if (button != null) {
      button.setEnabled(enabled);
    }
  }

  /** For a toggle (the Test call panel): whether it is on. */
  void setPressed(Action action, boolean pressed) {
    Button button = buttons.get(action);
    if (button != null) {
      button.getElement().setAttribute("aria-pressed", Boolean.toString(pressed));
      if (pressed) {
        button.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
      } else {
        button.removeThemeVariants(ButtonVariant.LUMO_CONTRAST);
      }
    }
  }

  /** While a slow command runs: the button shows it is busy and cannot be pressed twice. */
  void busy(Action action, boolean busy) {
    Button button = buttons.get(action);
    if (button != null) {
      button.setEnabled(!busy);
      button.setText(busy ? action.label + "…" : action.label);
    }
  }

  Registration addActionListener(ComponentEventListener<ActionEvent> listener) {
    return addListener(ActionEvent.class, listener);
  }

  static class ActionEvent extends ComponentEvent<EditorToolbar> {

    private final Action action;

    ActionEvent(EditorToolbar source, Action action) {
      super(source, true);
      this.action = action;
    }

    Action action() {
      return action;
    }
  }
}
