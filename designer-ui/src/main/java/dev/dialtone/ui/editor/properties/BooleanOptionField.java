package dev.dialtone.ui.editor.properties;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import dev.dialtone.flow.nodes.OptionSpec;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A boolean option as a checkbox. A checkbox cannot be emptied, so an optional option set back to
 * its default is left out of the node instead.
 */
final class BooleanOptionField implements OptionField {

  private final OptionSpec spec;
  private final Checkbox input = new Checkbox();
  private final Consumer<Object> onEdit;
  private Object shown;
  private boolean showing;

  BooleanOptionField(OptionSpec spec, Consumer<Object> onEdit) {
    this.spec = spec;
    this.onEdit = onEdit;
    input.setLabel(OptionFields.label(spec.name()));
    input.setHelperText(OptionFields.helper(spec));
    input.setManualValidation(true);
    input.setValue(Boolean.TRUE.equals(spec.defaultValue()));
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
    showing = true;
    try {
      input.setValue(Boolean.TRUE.equals(value == null ? spec.defaultValue() : value));
    } finally {
      showing = false;
    }
  }

  @Override
  public void showProblem(String message) {
    input.setErrorMessage(message);
    input.setInvalid(message != null);
  }

  @Override
  public void setReadOnly(boolean readOnly) {
    input.setReadOnly(readOnly);
  }

  private void read() {
    if (showing) {
      return;
    }
    boolean checked = input.getValue();
    Object value = !spec.required() && spec.defaultValue().equals(checked) ? null : checked;
    if (!Objects.equals(value, shown)) {
      shown = value;
      onEdit.accept(value);
    }
  }
}
