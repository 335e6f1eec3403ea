package dev.dialtone.ui.editor.properties;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.combobox.ComboBox;
import dev.dialtone.flow.nodes.OptionSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A string option with a fixed set of values (voice, finish key) as a drop-down; or with usual
 * values to suggest (language) as a drop-down that also takes what is typed. Clearing it leaves the
 * option out, so its default applies.
 */
final class ChoiceOptionField implements OptionField {

  private final OptionSpec spec;
  private final ComboBox<String> input = new ComboBox<>();
  private final Consumer<Object> onEdit;
  private Object shown;
  private boolean showing;
  private String problem;

  /**
   * @param choices the values offered
   * @param open whether a value not among them may be typed (the compiler still checks it)
   */
  ChoiceOptionField(OptionSpec spec, List<String> choices, boolean open, Consumer<Object> onEdit) {
    this.spec = spec;
    this.onEdit = onEdit;
    List<String> items = new ArrayList<>(choices);
    input.setItems(items);
    input.setAllowCustomValue(open);
    if (open) {
      input.addCustomValueSetListener(
          typed -> {
            if (!items.contains(typed.getDetail())) {
              items.add(typed.getDetail());
              input.setItems(items);
            }
            input.setValue(typed.getDetail());
          });
    }
    input.setClearButtonVisible(!spec.required());
    input.setLabel(OptionFields.label(spec.name()));
    input.setHelperText(OptionFields.helper(spec));
    input.setPlaceholder(OptionFields.shownDefault(spec));
    input.setRequiredIndicatorVisible(spec.required());
    input.setManualValidation(true);
    input.addValueChangeListener(change -> read());
  }

  /** How each value is shown, when that is not the value itself (a group's name for its id). */
  void labelItems(ItemLabelGenerator<String> labels) {
    input.setItemLabelGenerator(labels);
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
      input.setValue(value == null ? null : String.valueOf(value));
    } finally {
      showing = false;
    }
  }

  @Override
  public void showProblem(String message) {
    problem = message;
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
    String value = input.getValue();
    Object next = value == null || value.isBlank() ? null : value;
    if (!Objects.equals(next, shown)) {
      shown = next;
      onEdit.accept(next);
    }
    showProblem(problem);
  }
}
