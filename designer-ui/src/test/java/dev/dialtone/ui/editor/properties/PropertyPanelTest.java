package dev.dialtone.ui.editor.properties;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import dev.dialtone.flow.NodeTypeInfo;
import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.flow.model.FlowEdge;
import dev.dialtone.flow.model.FlowNode;
import dev.dialtone.flow.nodes.OptionSpec;
import dev.dialtone.flow.nodes.OptionType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PropertyPanelTest {

  private final PanelDriver driver = new PanelDriver();

  /** A valid menu: start → hello (talk) → ask (digits) → route (branch) → bye. */
  private final FlowDocument menu =
      new FlowDocument(
          "Menu",
          List.of(
              new FlowNode("start", "start", 0, 0, Map.of()),
              new FlowNode("hello", "talk", 100, 0, Map.of("text", "Hi", "language", "de-DE")),
              new FlowNode("ask", "digits", 200, 0, Map.of("max_digits", 2)),
              new FlowNode("route", "branch", 300, 0, Map.of("cases", List.of("1", "2"))),
              new FlowNode("bye", "hangup", 400, 0, Map.of())),
          List.of(
              new FlowEdge("start", "hello"),
              new FlowEdge("hello", "ask"),
              new FlowEdge("ask", "route"),
              new FlowEdge("route", "1", "bye"),
              new FlowEdge("route", "2", "bye"),
              new FlowEdge("route", "default", "bye")));

  @Test
  void menuIsValidSoTheTestsBelowSeeOnlyTheProblemsTheyCause() {
    assertThat(PanelDriver.COMPILER.validate(menu)).isEmpty();
  }

  @Test
  void showsOneFieldPerOptionOfEveryTypeFromTheCatalogue() {
    for (NodeTypeInfo type : PanelDriver.COMPILER.nodeTypes()) {
      FlowNode node = new FlowNode("n", type.type());
      driver.panel.show(new FlowDocument("One", List.of(node), List.of()), "n");

      assertThat(driver.has("data-node-type", type.type())).isTrue();
      assertThat(driver.id().getValue()).isEqualTo("n");
      for (OptionSpec spec : type.options()) {
        assertThat(driver.option(spec.name())).as(type.type() + "." + spec.name()).isNotNull();
      }
    }
  }

  @Test
  void labelsHelpersAndPlaceholdersComeFromTheSpecs() {
    driver.panel.show(menu, "ask");

    assertThat(driver.text("max_digits").getLabel()).isEqualTo("Max digits");
    assertThat(driver.text("timeout_ms").getLabel()).isEqualTo("Timeout (ms)");
    assertThat(driver.text("timeout_ms").getPlaceholder()).isEqualTo("5000");
    assertThat(driver.text("timeout_ms").getHelperText())
        .isEqualTo("How long to wait for input, in milliseconds · default: 5000");
    assertThat(driver.text("max_digits").getValue()).isEqualTo("2");
  }

  @Test
  void blankTalkTextIsAppliedAndMarkedWithTheCompilersMessage() {
    driver.panel.show(menu, "hello");

    driver.text("text").setValue("   ");

    assertThat(driver.lastEvent().node().options()).containsEntry("text", "   ");
    assertThat(driver.text("text").isInvalid()).isTrue();
    assertThat(driver.text("text").getErrorMessage()).isEqualTo("Must not be empty, got \"   \"");
  }

  @Test
  void talkPlaceholderProblemsFromTheNodeTypesOwnCheckAreShownOnTheTextField() {
    driver.panel.show(menu, "hello");

    driver.text("text").setValue("Hi {{first name}}");

    assertThat(driver.text("text").getErrorMessage())
        .isEqualTo("Placeholder {{first name}} must name a variable");
  }

  @Test
  void fixingAValueClearsItsError() {
    driver.panel.show(menu, "hello");
    driver.text("text").setValue("   ");

    driver.text("text").setValue("Hello");

    assertThat(driver.text("text").isInvalid()).isFalse();
    assertThat(driver.text("text").getErrorMessage()).isNullOrEmpty();
  }

  @Test
  void maxDigitsZeroIsAppliedAndMustBeAtLeastOne() {
    driver.panel.show(menu, "ask");

    driver.text("max_digits").setValue("0");

    assertThat(driver.lastEvent().node().options()).containsEntry("max_digits", 0L);
    assertThat(driver.lastEvent().field()).isEqualTo("max_digits");
    assertThat(driver.text("max_digits").getErrorMessage()).isEqualTo("Must be at least 1, got 0");
  }

  @Test
  void textThatIsNoNumberLeavesTheNodeAloneAndSaysSo() {
    driver.panel.show(menu, "ask");

    driver.text("max_digits").setValue("3x");

    assertThat(driver.events).isEmpty();
    assertThat(driver.text("max_digits").isInvalid()).isTrue();
    assertThat(driver.text("max_digits").getErrorMessage()).isEqualTo("Enter a whole number");

    driver.panel.refresh(menu); // the node still has 2: the person's input stays to be corrected
    assertThat(driver.text("max_digits").getValue()).isEqualTo("3x");
    assertThat(driver.text("max_digits").getErrorMessage()).isEqualTo("Enter a whole number");
  }

  @Test
  void clearingAnOptionalOptionLeavesItOutSoTheDefaultApplies() {
    driver.panel.show(menu, "hello");
    assertThat(driver.choice("language").getPlaceholder()).isEqualTo("en-US");
    assertThat(driver.choice("language").getHelperText()).endsWith("default: en-US");

    driver.choice("language").clear();

    assertThat(driver.lastEvent().node().options()).containsOnlyKeys("text");
    assertThat(driver.choice("language").isInvalid()).isFalse();
  }

  @Test
  void clearingARequiredOptionLeavesItOutAndTheCompilerSaysItIsRequired() {
    driver.panel.show(menu, "hello");

    driver.text("text").clear();

    assertThat(driver.lastEvent().node().options()).doesNotContainKey("text");
    assertThat(driver.text("text").getErrorMessage()).isEqualTo("Is required");
  }

  @Test
  void aDuplicateBranchCaseMarksTheCasesList() {
    driver.panel.show(menu, "route");
    List<TextField> items = driver.listItems("cases");
    assertThat(items).extracting(TextField::getValue).containsExactly("1", "2");

    items.get(1).setValue("1");

    assertThat(driver.lastEvent().node().options()).containsEntry("cases", List.of("1", "1"));
    assertThat(driver.listError("cases"))
        .isEqualTo("Must not contain \"1\" twice, got [\"1\", \"1\"]");
  }

  @Test
  void addingAndRemovingCaseRows() {
    driver.panel.show(menu, "route");

    driver.listButton("cases", "add", 0).click();
    assertThat(driver.lastEvent().node().options()).containsEntry("cases", List.of("1", "2", ""));
    assertThat(driver.listError("cases")).startsWith("Must not contain an empty value");

    driver.listItems("cases").get(2).setValue("3");
    assertThat(driver.lastEvent().node().options()).containsEntry("cases", List.of("1", "2", "3"));
    assertThat(driver.listError("cases")).isNull();

    driver.listButton("cases", "remove", 0).click();
    assertThat(driver.lastEvent().node().options()).containsEntry("cases", List.of("2", "3"));
    assertThat(driver.listItems("cases"))
        .extracting(t -> t.getElement().getAttribute("data-index"))
        .containsExactly("0", "1");
  }

  @Test
  void removingEveryCaseLeavesTheRequiredOptionOut() {
    driver.panel.show(menu, "route");

    driver.listButton("cases", "remove", 1).click();
    driver.listButton("cases", "remove", 0).click();

    assertThat(driver.lastEvent().node().options()).doesNotContainKey("cases");
    assertThat(driver.listError("cases")).isEqualTo("Is required");
  }

  @Test
  void renamingReportsTheOldIdAndValidatesWithTheEdgesMoved() {
    driver.panel.show(menu, "hello");

    driver.id().setValue("greeting");

    assertThat(driver.lastEvent().oldId()).isEqualTo("hello");
    assertThat(driver.lastEvent().node().id()).isEqualTo("greeting");
    assertThat(driver.lastEvent().renamed()).isTrue();
    assertThat(driver.lastEvent().field()).isEqualTo("id");
    assertThat(driver.id().isInvalid()).isFalse();
    assertThat(driver.nodeProblems()).isEmpty(); // its port is still wired under the new id

    driver.text("text").setValue("Hello");
    assertThat(driver.lastEvent().oldId()).isEqualTo("greeting");
    assertThat(driver.lastEvent().renamed()).isFalse();
  }

  /**
   * After a rename the canvas selects the node under its new id. The panel must keep the form the
   * person is typing in: a new one would drop the text typed right after the rename.
   */
  @Test
  void selectingTheRenamedNodeKeepsTheFormThePersonTypesIn() {
    driver.panel.show(menu, "hello");
    driver.id().setValue("greeting");
    TextFieldBase<?, String> text = driver.text("text");
    FlowDocument renamed = NodeDrafts.replace(menu, "hello", driver.lastEvent().node());

    driver.panel.show(renamed, "greeting");

    assertThat(driver.text("text")).isSameAs(text);
    text.setValue("Welcome");
    assertThat(driver.lastEvent().node().id()).isEqualTo("greeting");
    assertThat(driver.lastEvent().node().options()).containsEntry("text", "Welcome");
  }

  @Test
  void anIdAnotherNodeHasIsRefusedOnTheIdField() {
    driver.panel.show(menu, "hello");

    driver.id().setValue("ask");

    assertThat(driver.events).isEmpty();
    assertThat(driver.id().isInvalid()).isTrue();
    assertThat(driver.id().getErrorMessage()).isEqualTo("Another node has the same id");

    driver.text("text").setValue("Hello"); // other fields still edit the node under its own id
    assertThat(driver.lastEvent().node().id()).isEqualTo("hello");
    assertThat(driver.id().getValue()).isEqualTo("ask");
    assertThat(driver.id().getErrorMessage()).isEqualTo("Another node has the same id");
  }

  @Test
  void anIdTheCompilerCannotTakeIsRefusedWithItsReason() {
    driver.panel.show(menu, "hello");

    driver.id().setValue("1st greeting");
    assertThat(driver.id().getErrorMessage()).startsWith("Id must be 1-64 letters");

    driver.id().setValue("greeting__intro");
    assertThat(driver.id().getErrorMessage()).startsWith("Id must not contain '__'");

    driver.id().clear();
    assertThat(driver.id().getErrorMessage()).startsWith("Id must be 1-64 letters");
    assertThat(driver.events).isEmpty();

    driver.id().setValue("hello"); // back to its own id: nothing to refuse
    assertThat(driver.id().isInvalid()).isFalse();
    assertThat(driver.events).isEmpty();
  }

  @Test
  void problemsOfTheNodeWithoutAFieldAreListedAboveTheFields() {
    FlowDocument unwired =
        new FlowDocument(
            "Unwired",
            List.of(
                new FlowNode("start", "start"),
                new FlowNode("hello", "talk", Map.of("text", "Hi", "tone", "warm"))),
            List.of(new FlowEdge("start", "hello")));

    driver.panel.show(unwired, "hello");

    assertThat(driver.nodeProblems())
        .containsExactly("Unknown option 'tone' for type 'talk'", "Port 'next' is not connected");
  }

  @Test
  void refreshShowsValuesChangedElsewhereAndKeepsTheRest() {
    driver.panel.show(menu, "hello");
    ComboBox<String> language = driver.choice("language");
    FlowNode undone = new FlowNode("hello", "talk", 100, 0, Map.of("text", "   "));

    driver.panel.refresh(NodeDrafts.replace(menu, "hello", undone));

    assertThat(driver.text("text").getValue()).isEqualTo("   ");
    assertThat(driver.text("text").getErrorMessage()).startsWith("Must not be empty");
    assertThat(driver.choice("language")).isSameAs(language);
    assertThat(language.getValue()).isNull();
    assertThat(driver.events).isEmpty();
  }

  @Test
  void emptyAndManyStates() {
    assertThat(driver.panel.getElement().getAttribute("data-state")).isEqualTo("empty");

    driver.panel.show(menu, "nowhere");
    assertThat(driver.panel.getElement().getAttribute("data-state")).isEqualTo("empty");

    driver.panel.show(menu, "hello");
    assertThat(driver.panel.getElement().getAttribute("data-state")).isEqualTo("node");

    driver.panel.refresh(NodeDrafts.replace(menu, "hello", new FlowNode("gone", "talk")));
    assertThat(driver.panel.getElement().getAttribute("data-state")).isEqualTo("empty");

    driver.panel.showMany(3);
    assertThat(driver.panel.getElement().getAttribute("data-state")).isEqualTo("many");
    assertThat(driver.has("class", "property-panel-message")).isTrue();
  }

  @Test
  void readOnlyShowsValuesAndProblemsButNothingCanBeChanged() {
    driver.panel.setReadOnly(true);
    driver.panel.show(menu, "route");

    assertThat(driver.id().isReadOnly()).isTrue();
    assertThat(driver.text("variable").isReadOnly()).isTrue();
    assertThat(driver.listItems("cases")).allMatch(TextField::isReadOnly);
    assertThat(driver.listButton("cases", "add", 0).isVisible()).isFalse();
    assertThat(driver.listButton("cases", "remove", 0).isVisible()).isFalse();

    driver.panel.setReadOnly(false);
    assertThat(driver.text("variable").isReadOnly()).isFalse();
    assertThat(driver.listButton("cases", "add", 0).isVisible()).isTrue();
  }

  @Test
  void fixedChoicesAreADropDownAndTalkTextHasSeveralLines() {
    driver.panel.show(menu, "hello");

    assertThat(driver.option("voice")).isInstanceOf(ComboBox.class);
    assertThat(driver.choice("voice").isAllowCustomValue()).isFalse();
    assertThat(driver.choice("language").isAllowCustomValue()).isFalse();
    assertThat(driver.option("text")).isInstanceOf(TextArea.class);

    driver.choice("voice").setValue("male");

    assertThat(driver.lastEvent().node().options()).containsEntry("voice", "male");

    driver.panel.show(menu, "ask");
    assertThat(driver.option("finish_key")).isInstanceOf(ComboBox.class);
    assertThat(driver.choice("finish_key").isAllowCustomValue()).isFalse();
  }

  @Test
  void aGroupcallsGroupIsPickedByNameAndStoredById() {
    Map<String, String> saved = new java.util.LinkedHashMap<>();
    saved.put("7c9e6679-7425-40de-944b-e07fc1f90ae7", "Sales");
    saved.put("0f8fad5b-d9cb-469f-a165-70867728950e", "Support");
    PanelDriver picking = new PanelDriver(() -> saved);
    FlowDocument flow =
        new FlowDocument(
            "Ring",
            List.of(
                new FlowNode("start", "start", 0, 0, Map.of()),
                new FlowNode("ring", "groupcall", 100, 0, Map.of()),
                new FlowNode("bye", "hangup", 200, 0, Map.of())),
            List.of(
                new FlowEdge("start", "ring"),
                new FlowEdge("ring", "answered", "bye"),
                new FlowEdge("ring", "no_answer", "bye")));
    picking.panel.show(flow, "ring");

    ComboBox<String> group = picking.choice("group");
    assertThat(group.getListDataView().getItems().map(group.getItemLabelGenerator()))
        .containsExactly("Sales", "Support");
    group.setValue("0f8fad5b-d9cb-469f-a165-70867728950e");

    assertThat(picking.events.getLast().node().options())
        .containsEntry("group", "0f8fad5b-d9cb-469f-a165-70867728950e");
    assertThat(group.getItemLabelGenerator().apply("1b4e28ba-2fa1-11d2-883f-0016d3cca427"))
        .isEqualTo("no saved group has the id 1b4e28ba-2fa1-11d2-883f-0016d3cca427");
  }

  @Test
  void theGroupPickerFollowsTheOptionTypeNotTheOptionName() {
    NodeTypeInfo queue =
        new NodeTypeInfo(
            "queue",
            "A type made up for this test",
            "#000000",
            "vaadin:group",
            List.of("next"),
            null,
            List.of(
                OptionSpec.optional("team", OptionType.GROUP, "", "A saved group"),
                OptionSpec.optional("group", OptionType.STRING, "", "Only named like one")));
    PanelDriver picking =
        new PanelDriver(
            List.of(queue), () -> Map.of("7c9e6679-7425-40de-944b-e07fc1f90ae7", "Sales"));
    FlowDocument flow =
        new FlowDocument("Queue", List.of(new FlowNode("q", "queue", 0, 0, Map.of())), List.of());

    picking.panel.show(flow, "q");

    ComboBox<String> team = picking.choice("team");
    assertThat(team.getListDataView().getItems().map(team.getItemLabelGenerator()))
        .containsExactly("Sales");
    assertThat(picking.option("group")).isInstanceOf(TextField.class);
    team.setValue("7c9e6679-7425-40de-944b-e07fc1f90ae7");
    assertThat(picking.events.getLast().node().options())
        .containsEntry("team", "7c9e6679-7425-40de-944b-e07fc1f90ae7");
  }
}
