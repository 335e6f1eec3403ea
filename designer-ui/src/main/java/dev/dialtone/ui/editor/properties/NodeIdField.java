package dev.dialtone.ui.editor.properties;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The node's id. A rename is proposed when the person leaves the field or presses Enter, not per
 * keystroke: it rewires every edge and the canvas selection, once. The panel either accepts it
 * ({@link #show}) or refuses it ({@link #refuse}); a refused id stays in the field with the reason
 * until the person changes it or the node's id changes elsewhere.
 */
final class NodeIdField {

  private final TextField input = new TextField("Node id");
  private final Consumer<String> onRename;
  private String shown;
  private boolean showing;
  private String refusal;
  private String problem;

  NodeIdField(Consumer<String> onRename) {
    this.onRename = onRename;
    input.getElement().setAttribute("data-field", "id");
    input.setHelperText("Unique in the flow; wires follow a rename");
    input.setRequiredIndicatorVisible(true);
    input.setManualValidation(true);
    input.setValueChangeMode(ValueChangeMode.ON_CHANGE);
    input.addValueChangeListener(change -> read());
  }

  TextField component() {
    return input;
  }

  /** Shows the node's id; an id the field already shows keeps whatever the person typed over it. */
  void show(String id) {
    if (!Objects.equals(id, shown)) {
      shown = id;
      refusal = null;
      showing = true;
      try {
        input.setValue(id);
      } finally {
        showing = false;
      }
    }
    mark();
  }

  /** The proposed id cannot be taken; the node keeps its id. */
  void refuse(String message) {
    refusal = message;
    mark();
  }

  void showProblem(String message) {
    problem = message;
    mark();
  }

  void setReadOnly(boolean readOnly) {
    input.setReadOnly(readOnly);
  }

  private void read() {
    if (showing) {
      return;
    }
    refusal = null;
    mark();
    if (!input.getValue().equals(shown)) {
      onRename.accept(input.getValue());
    }
  }

  private void mark() {
    String message = refusal != null ? refusal : problem;
    input.setErrorMessage(message);
    input.setInvalid(message != null);
  }
}
