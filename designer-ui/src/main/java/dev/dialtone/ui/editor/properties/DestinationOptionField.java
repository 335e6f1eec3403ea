package dev.dialtone.ui.editor.properties;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.dialtone.flow.nodes.Destinations;
import dev.dialtone.flow.nodes.OptionRule;
import dev.dialtone.flow.nodes.OptionSpec;
import dev.dialtone.flow.nodes.OptionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Destinations (groupcall's list, connect's one) as rows of a type choice and a target input. Rows
 * are {@code [data-index]} elements holding {@code [data-part=type|target]} inputs; a list has
 * {@code [data-action=remove|add]} buttons. An incomplete row is sent as typed: the compiler names
 * what is wrong with it under the field.
 */
final class DestinationOptionField extends AbstractOptionField {

  private record Row(Div root, ComboBox<String> type, TextField target) {}

  private final boolean list;
  private final List<String> types;
  private final RowsFrame frame;
  private final List<Row> items = new ArrayList<>();
  private boolean readOnly;

  DestinationOptionField(OptionSpec spec, Consumer<Object> onEdit) {
    this(
        spec,
        new RowsFrame(
            OptionFields.label(spec.name()),
            spec.description() == null ? "" : spec.description(),
            "Add destination"),
        onEdit);
  }

  private DestinationOptionField(OptionSpec spec, RowsFrame frame, Consumer<Object> onEdit) {
    super(spec, frame.component(), onEdit);
    this.list = spec.type() == OptionType.DESTINATION_LIST;
    this.types = types(spec);
    this.frame = frame;
    frame.onAdd(this::append);
    frame.setEditable(list, true);
    if (!list) {
      addRow(Destinations.TEL, "");
    }
  }

  @Override
  void display(Object value) {
    items.clear();
    frame.rows().removeAll();
    List<?> values = value instanceof List<?> l ? l : value == null ? List.of() : List.of(value);
    values.stream()
        .filter(Destinations::isDestination)
        .forEach(d -> addRow(Destinations.type(d), Destinations.target(d)));
    if (!list && items.isEmpty()) {
      addRow(Destinations.TEL, "");
    }
  }

  @Override
  public void showProblem(String message) {
    frame.showProblem(message);
  }

  @Override
  public void setReadOnly(boolean readOnly) {
    this.readOnly = readOnly;
    items.forEach(
        row -> {
          row.type().setReadOnly(readOnly);
          row.target().setReadOnly(readOnly);
        });
    frame.setEditable(list, !readOnly);
  }

  private void append() {
    addRow(types.get(0), "").target().focus();
    changed();
  }

  private Row addRow(String typeValue, String targetValue) {
    ComboBox<String> type = new ComboBox<>();
    type.setItems(types);
    type.setValue(types.contains(typeValue) ? typeValue : types.get(0));
    type.setAriaLabel("Destination type");
    type.getElement().setAttribute("data-part", "type");
    type.addValueChangeListener(change -> changed());
    TextField target = new TextField();
    target.setValue(targetValue);
    target.setPlaceholder("+15550100, PJSIP/alice or a group id");
    target.setValueChangeMode(ValueChangeMode.LAZY);
    target.getElement().setAttribute("data-part", "target");
    target.addValueChangeListener(change -> changed());
    Div row = new Div(type, target);
    row.addClassName("option-row");
    Row item = new Row(row, type, target);
    if (list) {
      row.add(RowsFrame.removeButton("Remove destination", !readOnly, () -> removeRow(item)));
    }
    type.setReadOnly(readOnly);
    target.setReadOnly(readOnly);
    items.add(item);
    frame.rows().add(row);
    number();
    return item;
  }

  private void removeRow(Row row) {
    items.remove(row);
    frame.rows().remove(row.root());
    number();
    changed();
  }

  private void number() {
    for (int i = 0; i < items.size(); i++) {
      items.get(i).root().getElement().setAttribute("data-index", String.valueOf(i));
      items.get(i).target().setAriaLabel("Destination " + (i + 1));
    }
  }

  private void changed() {
    List<Map<String, Object>> values =
        items.stream()
            .map(
                row ->
                    Destinations.of(
                        Objects.requireNonNullElse(row.type().getValue(), types.get(0)),
                        row.target().getValue()))
            .toList();
    if (list) {
      report(values.isEmpty() ? null : values);
    } else {
      report(values.get(0).get(Destinations.TARGET).toString().isEmpty() ? null : values.get(0));
    }
  }

  private static List<String> types(OptionSpec spec) {
    return spec.rules().stream()
        .filter(OptionRule.DestinationsRule.class::isInstance)
        .map(rule -> ((OptionRule.DestinationsRule) rule).types())
        .findFirst()
        .orElse(List.of(Destinations.TEL, Destinations.ENDPOINT));
  }
}
