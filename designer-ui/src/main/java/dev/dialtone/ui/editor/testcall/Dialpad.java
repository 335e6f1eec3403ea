package dev.dialtone.ui.editor.testcall;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/** The caller's telephone keys, 1–9, *, 0, #; each press fires a {@link KeyEvent}. */
class Dialpad extends Div {

  private static final List<String> KEYS =
      List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "0", "#");

  Dialpad() {
    setId("dialpad");
    addClassName("test-call-dialpad");
    for (String key : KEYS) {
      Button button = new Button(key, click -> fireEvent(new KeyEvent(this, key)));
      button.getElement().setAttribute("data-key", key);
      button.getElement().setAttribute("aria-label", "Key " + key);
      button.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
      add(button);
    }
  }

  Registration addKeyListener(ComponentEventListener<KeyEvent> listener) {
    return addListener(KeyEvent.class, listener);
  }

  static class KeyEvent extends ComponentEvent<Dialpad> {

    private final String key;

    KeyEvent(Dialpad source, String key) {
      super(source, true);
      this.key = key;
    }

    String key() {
      return key;
    }
  }
}
