package dev.dialtone.ui.editor.properties;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.checkbox.Checkbox;
import dev.dialtone.flow.nodes.OptionSpec;
import dev.dialtone.flow.nodes.OptionType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

// No standard node type has a boolean option yet; the field must work when one does.
class BooleanOptionFieldTest {

  private final List<Object> edits = new ArrayList<>();
  private final OptionField field =
      OptionFields.create(
          OptionSpec.optional("barge_in", OptionType.BOOLEAN, true, "Caller may interrupt"),
          edits::add);
  private final Checkbox box = (Checkbox) field.component();

  @Test
  void showsTheDefaultWhenAbsentAndLeavesTheOptionOutWhenSetBackToIt() {
    field.show(null);
    assertThat(box.getValue()).isTrue();
    assertThat(box.getHelperText()).isEqualTo("Caller may interrupt · default: on");
    assertThat(box.getElement().getAttribute("data-option")).isEqualTo("barge_in");

    box.setValue(false);
    box.setValue(true);

    assertThat(edits).containsExactly(false, null);
  }

  @Test
  void showingAValueIsNoEdit() {
    field.show(false);

    assertThat(box.getValue()).isFalse();
    assertThat(edits).isEmpty();
  }
}
