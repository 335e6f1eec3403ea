package dev.dialtone.ui.editor.properties;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import dev.dialtone.flow.FlowCompiler;
import dev.dialtone.flow.NodeTypeInfo;
import dev.dialtone.ui.editor.properties.PropertyPanel.NodeChangedEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds the panel's inputs the way a browser test does: by their data attributes. */
final class PanelDriver {

  static final FlowCompiler COMPILER = new FlowCompiler();

  final PropertyPanel panel;
  final List<NodeChangedEvent> events = new ArrayList<>();

  PanelDriver() {
    this(GroupChoices.NONE);
  }

  PanelDriver(GroupChoices groups) {
    this(COMPILER.nodeTypes(), groups);
  }

  /** A panel for these node types, which need not be the compiler's own. */
  PanelDriver(List<NodeTypeInfo> types, GroupChoices groups) {
    panel = new PropertyPanel(types, COMPILER, groups);
    panel.addNodeChangedListener(events::add);
  }

  TextField id() {
    return (TextField) only("data-field", "id");
  }

  @SuppressWarnings("unchecked")
  TextFieldBase<?, String> text(String option) {
    return (TextFieldBase<?, String>) option(option);
  }

  @SuppressWarnings("unchecked")
  ComboBox<String> choice(String option) {
    return (ComboBox<String>) option(option);
  }

  Checkbox checkbox(String option) {
    return (Checkbox) option(option);
  }

  Component option(String name) {
    return only("data-option", name);
  }

  List<TextField> listItems(String option) {
    return descendants(option(option))
        .filter(c -> c.getElement().hasAttribute("data-index"))
        .map(TextField.class::cast)
        .toList();
  }

  Button listButton(String option, String action, int index) {
    return descendants(option(option))
        .filter(c -> action.equals(c.getElement().getAttribute("data-action")))
        .map(Button.class::cast)
        .toList()
        .get(index);
  }

  String listError(String option) {
    Component list = option(option);
    return list.getElement().hasAttribute("invalid")
        ? descendants(list)
            .filter(c -> c.hasClassName("option-error"))
            .findFirst()
            .orElseThrow()
            .getElement()
            .getText()
        : null;
  }

  List<String> nodeProblems() {
    return descendants(panel)
        .filter(ListItem.class::isInstance)
        .map(c -> c.getElement().getText())
        .toList();
  }

  boolean has(String attribute, String value) {
    return descendants(panel).anyMatch(c -> value.equals(c.getElement().getAttribute(attribute)));
  }

  NodeChangedEvent lastEvent() {
    return events.getLast();
  }

  private Component only(String attribute, String value) {
    List<Component> found =
        descendants(panel)
            .filter(c -> value.equals(c.getElement().getAttribute(attribute)))
            .toList();
    if (found.size() != 1) {
      throw new AssertionError(found.size() + " components with " + attribute + "=" + value);
    }
    return found.getFirst();
  }

  private static Stream<Component> descendants(Component root) {
    return root.getChildren().flatMap(child -> Stream.concat(Stream.of(child), descendants(child)));
  }
}
