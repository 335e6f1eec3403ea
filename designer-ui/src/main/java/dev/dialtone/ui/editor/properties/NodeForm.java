package dev.dialtone.ui.editor.properties;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import dev.dialtone.flow.NodeTypeInfo;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.flow.nodes.OptionSpec;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** The fields of one node, laid out from its type's catalogue entry. Knows nothing of documents. */
final class NodeForm extends Div {

  static final String ID = "id";

  private final UnorderedList problems = new UnorderedList();
  private final NodeIdField id;
  private final Map<String, OptionField> options = new LinkedHashMap<>();

  /**
   * @param groups the saved groups a group option offers
   * @param onRename receives a proposed new id
   * @param onOption receives an option name and its new value (null: leave it out)
   */
  NodeForm(
      NodeTypeInfo type,
      GroupChoices groups,
      Consumer<String> onRename,
      BiConsumer<String, Object> onOption) {
    addClassName("property-form");
    getElement().setAttribute("data-node-type", type.type());
    H3 title = new H3(type.type());
    title.addClassName("property-type");
    Paragraph description = new Paragraph(type.description());
    description.addClassName("property-description");
    problems.addClassName("property-problems");
    problems.setVisible(false);
    id = new NodeIdField(onRename);
    add(title, description, problems, id.component());
    for (OptionSpec spec : type.options()) {
      OptionField field =
          OptionFields.create(spec, groups, value -> onOption.accept(spec.name(), value));
      options.put(spec.name(), field);
      add(field.component());
    }
  }

  /** Where a problem can be shown beside its field: the id and the type's options. */
  Set<String> fieldNames() {
    Set<String> names = new LinkedHashSet<>();
    names.add(ID);
    names.addAll(options.keySet());
    return names;
  }

  void show(FlowNode node) {
    id.show(node.id());
    options.forEach((name, field) -> field.show(node.options().get(name)));
  }

  void showProblems(FieldProblems found) {
    id.showProblem(found.of(ID));
    options.forEach((name, field) -> field.showProblem(found.of(name)));
    problems.removeAll();
    found.others().forEach(message -> problems.add(new ListItem(message)));
    problems.setVisible(!found.others().isEmpty());
  }

  void refuseId(String message) {
    id.refuse(message);
  }

  void setReadOnly(boolean readOnly) {
    id.setReadOnly(readOnly);
    options.values().forEach(field -> field.setReadOnly(readOnly));
  }
}
