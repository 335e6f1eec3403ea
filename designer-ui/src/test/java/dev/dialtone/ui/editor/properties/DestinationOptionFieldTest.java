package dev.dialtone.ui.editor.properties;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import dev.dialtone.flow.nodes.ConnectNode;
import dev.dialtone.flow.nodes.Destinations;
import dev.dialtone.flow.nodes.GroupcallNode;
import dev.dialtone.flow.nodes.NodeCatalogue;
import dev.dialtone.flow.nodes.OptionSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A person can enter groupcall and connect destinations in the property panel. */
class DestinationOptionFieldTest {

  private final List<Object> edits = new ArrayList<>();

  @Test
  void aDestinationListIsEditedRowByRow() {
    OptionField field = OptionFields.create(spec(GroupcallNode.NAME, "destinations"), edits::add);
    field.show(List.of(Destinations.of("tel", "+15550001")));

    button(field, "add").click();
    ComboBox<String> type = combo(field, 1);
    type.setValue("endpoint");
    target(field, 1).setValue("PJSIP/alice");

    assertThat(type.getListDataView().getItems()).containsExactly("tel", "endpoint", "group");
    assertThat(edits.getLast())
        .isEqualTo(
            List.of(
                Destinations.of("tel", "+15550001"), Destinations.of("endpoint", "PJSIP/alice")));
    button(field, "remove").click();
    assertThat(edits.getLast()).isEqualTo(List.of(Destinations.of("endpoint", "PJSIP/alice")));
  }

  @Test
  void connectHasOneDestinationAndAnEmptyTargetLeavesItOut() {
    OptionField field = OptionFields.create(spec(ConnectNode.NAME, "destination"), edits::add);
    field.show(null);

    target(field, 0).setValue("+15550002");
    target(field, 0).setValue("");

    assertThat(combo(field, 0).getListDataView().getItems()).containsExactly("tel", "endpoint");
    assertThat(edits).containsExactly(Destinations.of("tel", "+15550002"), null);
    assertThat(descendants(field.component()).filter(Button.class::isInstance).toList())
        .allSatisfy(b -> assertThat(b.isVisible()).isFalse());
  }

  private static OptionSpec spec(String type, String option) {
    return NodeCatalogue.standard().find(type).orElseThrow().option(option).orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static ComboBox<String> combo(OptionField field, int row) {
    return (ComboBox<String>)
        descendants(field.component()).filter(ComboBox.class::isInstance).toList().get(row);
  }

  private static TextField target(OptionField field, int row) {
    return (TextField)
        descendants(field.component())
            .filter(
                c ->
                    c instanceof TextField
                        && "target".equals(c.getElement().getAttribute("data-part")))
            .toList()
            .get(row);
  }

  private static Button button(OptionField field, String action) {
    return (Button)
        descendants(field.component())
            .filter(
                c ->
                    c instanceof Button
                        && action.equals(c.getElement().getAttribute("data-action")))
            .findFirst()
            .orElseThrow();
  }

  private static Stream<Component> descendants(Component root) {
    return Stream.concat(
        Stream.of(root), root.getChildren().flatMap(DestinationOptionFieldTest::descendants));
  }
}
