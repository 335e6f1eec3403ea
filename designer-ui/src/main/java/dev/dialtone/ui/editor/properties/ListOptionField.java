package dev.dialtone.ui.editor.properties;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.dialtone.flow.nodes.OptionSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A list of strings (branch cases) as one text input per value, each with a remove button, and an
 * add button. Rows are {@code [data-index]} inputs and {@code [data-action=remove|add]} buttons, so
 * a browser test needs no knowledge of the layout. Removing every value leaves the option out.
 */
final class ListOptionField implements OptionField {

  private final OptionSpec spec;
  private final Consumer<Object> onEdit;
  private final Div root = new Div();
  private final Div rows = new Div();
  private final Span error = new Span();
  private final Button add = new Button("Add value", VaadinIcon.PLUS.create(), click -> append());
  private final List<TextField> items = new ArrayList<>();
  private Object shown;
  private boolean readOnly;

  ListOptionField(OptionSpec spec, Consumer<Object> onEdit) {
    this.spec = spec;
    this.onEdit = onEdit;
    Span label = new Span(OptionFields.label(spec.name()));
    label.addClassName("option-label");
    Span helper = new Span(OptionFields.helper(spec));
    helper.addClassName("option-helper");
    error.addClassName("option-error");
    rows.addClassName("option-rows");
    add.getElement().setAttribute("data-action", "add");
    add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    root.addClassName("option-list");
    root.add(label, rows, add, helper, error);
    showProblem(null);
  }

  @Override
  public OptionSpec spec() {
    return spec;
  }

  @Override
  public Component component() {
    return root;
  }

  @Override
  public void show(Object value) {
    if (Objects.equals(value, shown)) {
      return;
    }
    shown = value;
    items.clear();
    rows.removeAll();
    values(value).forEach(this::addRow);
  }

  @Override
  public void showProblem(String message) {
    error.setText(message == null ? "" : message);
    error.setVisible(message != null);
    root.getElement().setAttribute("invalid", message != null);
  }

  @Override
  public void setReadOnly(boolean readOnly) {
    this.readOnly = readOnly;
    add.setVisible(!readOnly);
    items.forEach(item -> item.setReadOnly(readOnly));
    rows.getChildren()
        .flatMap(Component::getChildren)
        .filter(Button.class::isInstance)
        .forEach(remove -> remove.setVisible(!readOnly));
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
    Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
    remove.getElement().setAttribute("data-action", "remove");
    remove.setAriaLabel("Remove value");
    remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
    remove.setVisible(!readOnly);
    Div row = new Div(item, remove);
    row.addClassName("option-row");
    remove.addClickListener(click -> removeRow(row, item));
    items.add(item);
    rows.add(row);
    number();
    return item;
  }

  private void removeRow(Div row, TextField item) {
    items.remove(item);
    rows.remove(row);
    number();
    changed();
  }

  private void number() {
    for (int i = 0; i < items.size(); i++) {
      items.get(i).getElement().setAttribute("data-index", String.valueOf(i));
      items.get(i).setAriaLabel(OptionFields.label(spec.name()) + " " + (i + 1));
    }
  }

  private void changed() {
    List<String> values = items.stream().map(TextField::getValue).toList();
    Object value = values.isEmpty() ? null : values;
    if (!Objects.equals(value, shown)) {
      shown = value;
      onEdit.accept(value);
    }
  }

  private static List<String> values(Object value) {
    return switch (value) {
      case null -> List.of();
      case List<?> list -> list.stream().map(String::valueOf).toList();
      default -> List.of(String.valueOf(value));
    };
  }
}
