package dev.dialtone.ui.editor.properties;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.combobox.ComboBox;
import dev.dialtone.flow.nodes.OptionSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A string option with a fixed set of values (voice, finish key) as a drop-down; or with usual
 * values to suggest (language) as a drop-down that also takes what is typed. Clearing it leaves the
 * option out, so its default applies.
 */
final class ChoiceOptionField extends AbstractOptionField {

  private final ComboBox<String> input;
  private String problem;

  /**
   * @param choices the values offered
   * @param open whether a value not among them may be typed (the compiler still checks it)
   */
  ChoiceOptionField(OptionSpec spec, List<String> choices, boolean open, Consumer<Object> onEdit) {
    this(spec, new ComboBox<>(), choices, open, onEdit);
  }

  private ChoiceOptionField(
      OptionSpec spec,
      ComboBox<String> input,
      List<String> choices,
      boolean open,
      Consumer<Object> onEdit) {
    super(spec, input, onEdit);
    this.input = input;
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
  void display(Object value) {
    input.setValue(value == null ? null : String.valueOf(value));
  }

  @Override
  public void showProblem(String message) {
    problem = message;
    mark(input, message);
  }

  @Override
  public void setReadOnly(boolean readOnly) {
    input.setReadOnly(readOnly);
  }

  private void read() {
    if (showing()) {
      return;
    }
    String value = input.getValue();
    report(value == null || value.isBlank() ? null : value);
    showProblem(problem);
  }
}
