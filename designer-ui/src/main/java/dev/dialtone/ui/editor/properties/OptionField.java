package dev.dialtone.ui.editor.properties;

import com.vaadin.flow.component.Component;
import dev.dialtone.flow.nodes.OptionSpec;

/**
 * The input for one option of a node, generated from its {@link OptionSpec}. A field reports each
 * edit as the option's new value, or null to leave the option out of the node so its default
 * applies; it reports nothing for input it cannot turn into a value, and says so itself.
 */
interface OptionField {

  OptionSpec spec();

  Component component();

  /**
   * Shows the node's value (null: the option is absent). A no-op when the field already stands for
   * that value, so a refresh neither resets a field being typed in nor drops unreadable input.
   */
  void show(Object value);

  /** The compiler's complaint about the value, or null; the field's own input error outranks it. */
  void showProblem(String message);

  void setReadOnly(boolean readOnly);
}
