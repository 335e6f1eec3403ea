package dev.dialtone.ui.editor.properties;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.dialtone.flow.nodes.OptionSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A list of strings (branch cases) as one text input per value, each with a remove button, and an
 * add button. Rows are {@code [data-index]} inputs and {@code [data-action=remove|add]} buttons, so
 * a browser test needs no knowledge of the layout. Removing every value leaves the option out.
 */
final class ListOptionField extends AbstractOptionField {

  private final RowsFrame frame;
  private final List<TextField> items = new ArrayList<>();
  private boolean readOnly;

  ListOptionField(OptionSpec spec, Consumer<Object> onEdit) {
    this(
        spec,
        new RowsFrame(OptionFields.label(spec.name()), OptionFields.helper(spec), "Add value"),
        onEdit);
  }

  private ListOptionField(OptionSpec spec, RowsFrame frame, Consumer<Object> onEdit) {
    super(spec, frame.component(), onEdit);
    this.frame = frame;
    frame.onAdd(this::append);
  }

  @Override
  void display(Object value) {
    items.clear();
    frame.rows().removeAll();
    values(value).forEach(this::addRow);
  }

  @Override
  public void showProblem(String message) {
    frame.showProblem(message);
  }

  @Override
  public void setReadOnly(boolean readOnly) {
    this.readOnly = readOnly;
    items.forEach(item -> item.setReadOnly(readOnly));
    frame.setEditable(true, !readOnly);
  }

  private void append() {
    addRow("").focus();
    changed();
  }

  private TextField addRow(String value) {
    TextField item = new TextField();
    item.setValue(value);
    item.setManualValidation(true);
    item.setValueChangeMode(ValueChangeMode.LAZY);
    item.setReadOnly(readOnly);
    item.addValueChangeListener(change -> changed());
    Div row = new Div(item);
    row.add(RowsFrame.removeButton("Remove value", !readOnly, () -> removeRow(row, item)));
    row.addClassName("option-row");
    items.add(item);
    frame.rows().add(row);
    number();
    return item;
  }

  private void removeRow(Div row, TextField item) {
    items.remove(item);
    frame.rows().remove(row);
    number();
    changed();
  }

  private void number() {
    for (int i = 0; i < items.size(); i++) {
      items.get(i).getElement().setAttribute("data-index", String.valueOf(i));
      items.get(i).setAriaLabel(OptionFields.label(spec().name()) + " " + (i + 1));
    }
  }

  private void changed() {
    List<String> values = items.stream().map(TextField::getValue).toList();
    report(values.isEmpty() ? null : values);
  }

  private static List<String> values(Object value) {
    return switch (value) {
      case null -> List.of();
      case List<?> list -> list.stream().map(String::valueOf).toList();
      default -> List.of(String.valueOf(value));
    };
  }
}
