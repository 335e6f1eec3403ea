package dev.dialtone.ui.editor.properties;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The frame of an option edited as rows (branch cases, destinations): label, rows, an add button
 * ({@code [data-action=add]}), the helper text and the problem. Rows carry their own remove buttons
 * ({@code [data-action=remove]}), made here so every row field looks and behaves alike.
 */
final class RowsFrame {

  private final Div root = new Div();
  private final Div rows = new Div();
  private final Span error = new Span();
  private final Button add;

  RowsFrame(String label, String helper, String addLabel) {
    Span title = new Span(label);
    title.addClassName("option-label");
    Span help = new Span(helper);
    help.addClassName("option-helper");
    error.addClassName("option-error");
    rows.addClassName("option-rows");
    add = new Button(addLabel, VaadinIcon.PLUS.create());
    add.getElement().setAttribute("data-action", "add");
    add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    root.addClassName("option-list");
    root.add(title, rows, add, help, error);
    showProblem(null);
  }

  /** What the add button does. */
  void onAdd(Runnable onAdd) {
    add.addClickListener(click -> onAdd.run());
  }

  Component component() {
    return root;
  }

  Div rows() {
    return rows;
  }

  void showProblem(String message) {
    error.setText(message == null ? "" : message);
    error.setVisible(message != null);
    root.getElement().setAttribute("invalid", message != null);
  }

  /** Shows or hides the add button and every row's remove button. */
  void setEditable(boolean addable, boolean editable) {
    add.setVisible(addable && editable);
    rows.getChildren()
        .flatMap(Component::getChildren)
        .filter(Button.class::isInstance)
        .forEach(remove -> remove.setVisible(editable));
  }

  static Button removeButton(String ariaLabel, boolean visible, Runnable onRemove) {
    Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
    remove.getElement().setAttribute("data-action", "remove");
    remove.setAriaLabel(ariaLabel);
    remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
    remove.setVisible(visible);
    remove.addClickListener(click -> onRemove.run());
    return remove;
  }
}
