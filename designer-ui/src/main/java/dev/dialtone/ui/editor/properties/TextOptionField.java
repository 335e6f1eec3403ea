package dev.dialtone.ui.editor.properties;

import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.dialtone.flow.nodes.OptionSpec;
import java.util.function.Consumer;

/** A string or integer option in a text input; problems show as the person types. */
final class TextOptionField extends AbstractOptionField {

  private final TextCodec codec;
  private final TextFieldBase<?, String> input;
  private String unreadable;
  private String problem;

  TextOptionField(
      OptionSpec spec, TextCodec codec, TextFieldBase<?, String> input, Consumer<Object> onEdit) {
    super(spec, input, onEdit);
    this.codec = codec;
    this.input = input;
    input.setLabel(OptionFields.label(spec.name()));
    input.setHelperText(OptionFields.helper(spec));
    input.setPlaceholder(OptionFields.shownDefault(spec));
    input.setRequiredIndicatorVisible(spec.required());
    input.setManualValidation(true); // the compiler decides what is invalid, not the web component
    // Each change goes out as it is made. A pause-based (lazy) update could still be on its way
    // when the person picks another node or tab; the server then ignores it (the field is hidden
    // or shows another node by then) and the edit was lost.
    input.setValueChangeMode(ValueChangeMode.EAGER);
    input.addValueChangeListener(change -> read());
  }

  @Override
  void display(Object value) {
    unreadable = null;
    input.setValue(codec.format(value));
    markInput();
  }

  @Override
  public void showProblem(String message) {
    problem = message;
    markInput();
  }

  @Override
  public void setReadOnly(boolean readOnly) {
    input.setReadOnly(readOnly);
  }

  private void read() {
    if (showing()) {
      return;
    }
    Reading reading = codec.read(input.getValue());
    unreadable = reading.error();
    markInput();
    if (reading.readable()) {
      report(reading.value());
    }
  }

  private void markInput() {
    mark(input, unreadable != null ? unreadable : problem);
  }
}
