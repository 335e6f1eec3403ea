package dev.dialtone.ui.editor.properties;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.dialtone.flow.nodes.OptionSpec;
import java.util.Objects;
import java.util.function.Consumer;

/** A string or integer option in a text input; problems show as the person types. */
final class TextOptionField implements OptionField {

  private final OptionSpec spec;
  private final TextCodec codec;
  private final TextFieldBase<?, String> input;
  private final Consumer<Object> onEdit;
  private Object shown;
  private boolean showing;
  private String unreadable;
  private String problem;

  TextOptionField(
      OptionSpec spec, TextCodec codec, TextFieldBase<?, String> input, Consumer<Object> onEdit) {
    this.spec = spec;
    this.codec = codec;
    this.input = input;
    this.onEdit = onEdit;
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
  public OptionSpec spec() {
    return spec;
  }

  @Override
  public Component component() {
    return input;
  }

  @Override
  public void show(Object value) {
    if (Objects.equals(value, shown)) {
      return;
    }
    shown = value;
    unreadable = null;
    showing = true;
    try {
      input.setValue(codec.format(value));
    } finally {
      showing = false;
    }
    mark();
  }

  @Override
  public void showProblem(String message) {
    problem = message;
    mark();
  }

  @Override
  public void setReadOnly(boolean readOnly) {
    input.setReadOnly(readOnly);
  }

  private void read() {
    if (showing) {
      return;
    }
    Reading reading = codec.read(input.getValue());
    unreadable = reading.error();
    mark();
    if (reading.readable() && !Objects.equals(reading.value(), shown)) {
      shown = reading.value();
      onEdit.accept(shown);
    }
  }

  private void mark() {
    String message = unreadable != null ? unreadable : problem;
    input.setErrorMessage(message);
    input.setInvalid(message != null);
  }
}
