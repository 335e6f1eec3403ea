package dev.dialtone.ui.editor.properties;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import dev.dialtone.flow.nodes.OptionSpec;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What every option field does the same way: it remembers the value it stands for, so that showing
 * that value again is a no-op (a refresh neither resets typing nor drops unreadable input) and an
 * edit is reported once; and changes its inputs make while a value is being shown are not edits. A
 * field says only how a value is displayed and when its inputs make a new one ({@link #report}).
 */
abstract class AbstractOptionField implements OptionField {

  private final OptionSpec spec;
  private final Component component;
  private final Consumer<Object> onEdit;
  private Object shown;
  private boolean showing;

  AbstractOptionField(OptionSpec spec, Component component, Consumer<Object> onEdit) {
    this.spec = spec;
    this.component = component;
    this.onEdit = onEdit;
  }

  @Override
  public final OptionSpec spec() {
    return spec;
  }

  @Override
  public final Component component() {
    return component;
  }

  @Override
  public final void show(Object value) {
    if (Objects.equals(value, shown)) {
      return;
    }
    shown = value;
    showing = true;
    try {
      display(value);
    } finally {
      showing = false;
    }
  }

  /** Puts the node's value (null: the option is absent) into the inputs. */
  abstract void display(Object value);

  /** Whether the inputs are changing because a value is being shown, not because of a person. */
  final boolean showing() {
    return showing;
  }

  /** The inputs now stand for {@code value}: an edit, unless the field already stood for it. */
  final void report(Object value) {
    if (showing || Objects.equals(value, shown)) {
      return;
    }
    shown = value;
    onEdit.accept(value);
  }

  /** Marks one input with a message, or clears the mark for null. */
  static void mark(HasValidation input, String message) {
    input.setErrorMessage(message);
    input.setInvalid(message != null);
  }
}
