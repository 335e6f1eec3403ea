package dev.dialtone.ui.editor.properties;

import com.vaadin.flow.component.checkbox.Checkbox;
import dev.dialtone.flow.nodes.OptionSpec;
import java.util.function.Consumer;

/**
 * A boolean option as a checkbox. A checkbox cannot be emptied, so an optional option set back to
 * its default is left out of the node instead.
 */
final class BooleanOptionField extends AbstractOptionField {

  private final Checkbox input;

  BooleanOptionField(OptionSpec spec, Consumer<Object> onEdit) {
    this(spec, new Checkbox(), onEdit);
  }

  private BooleanOptionField(OptionSpec spec, Checkbox input, Consumer<Object> onEdit) {
    super(spec, input, onEdit);
    this.input = input;
    input.setLabel(OptionFields.label(spec.name()));
    input.setHelperText(OptionFields.helper(spec));
    input.setManualValidation(true);
    input.setValue(Boolean.TRUE.equals(spec.defaultValue()));
    input.addValueChangeListener(change -> read());
  }

  @Override
  void display(Object value) {
    input.setValue(Boolean.TRUE.equals(value == null ? spec().defaultValue() : value));
  }

  @Override
  public void showProblem(String message) {
    mark(input, message);
  }

  @Override
  public void setReadOnly(boolean readOnly) {
    input.setReadOnly(readOnly);
  }

  private void read() {
    boolean checked = input.getValue();
    report(!spec().required() && spec().defaultValue().equals(checked) ? null : checked);
  }
}
