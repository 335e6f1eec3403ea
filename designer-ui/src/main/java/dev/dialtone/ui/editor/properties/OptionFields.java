package dev.dialtone.ui.editor.properties;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import dev.dialtone.flow.nodes.OptionRule;
import dev.dialtone.flow.nodes.OptionSpec;
import dev.dialtone.flow.nodes.OptionType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Makes the input for an option from its spec: one kind of field per {@link OptionType}. */
final class OptionFields {

  /** Options whose values are sentences rather than words: a multi-line field. */
  private static final List<String> LONG_TEXT = List.of("text");

  /**
   * Usual values of open-ended options, offered in a drop-down that also takes any other value (the
   * compiler checks it). Options with a fixed set of values get theirs from the catalogue.
   */
  private static final Map<String, List<String>> SUGGESTIONS =
      Map.of(
          "language",
          List.of(
              "en-US", "en-GB", "en-AU", "de-DE", "fr-FR", "es-ES", "es-MX", "it-IT", "nl-NL",
              "pt-BR", "pt-PT", "sv-SE", "da-DK", "nb-NO", "fi-FI", "pl-PL", "ja-JP", "zh-CN"));

  private OptionFields() {}

  static OptionField create(OptionSpec spec, Consumer<Object> onEdit) {
    return create(spec, GroupChoices.NONE, onEdit);
  }

  /**
   * @param groups the saved groups offered for an option of type {@link OptionType#GROUP}
   * @param onEdit receives each edit: the new value, or null to leave the option out
   */
  static OptionField create(OptionSpec spec, GroupChoices groups, Consumer<Object> onEdit) {
    OptionField field =
        switch (spec.type()) {
          case STRING -> string(spec, onEdit);
          case GROUP -> group(spec, groups, onEdit);
          case INTEGER -> integer(spec, onEdit);
          case BOOLEAN -> new BooleanOptionField(spec, onEdit);
          case STRING_LIST -> new ListOptionField(spec, onEdit);
          case DESTINATION, DESTINATION_LIST -> new DestinationOptionField(spec, onEdit);
        };
    field.component().getElement().setAttribute("data-option", spec.name());
    if (LONG_TEXT.contains(spec.name())) {
      field.component().addClassName("long-text");
    }
    return field;
  }

  private static OptionField string(OptionSpec spec, Consumer<Object> onEdit) {
    Optional<List<String>> fixed =
        spec.rules().stream()
            .filter(OptionRule.OneOf.class::isInstance)
            .map(rule -> ((OptionRule.OneOf) rule).values())
            .findFirst();
    if (fixed.isPresent()) {
      return new ChoiceOptionField(spec, fixed.get(), false, onEdit);
    }
    if (SUGGESTIONS.containsKey(spec.name())) {
      return new ChoiceOptionField(spec, SUGGESTIONS.get(spec.name()), true, onEdit);
    }
    TextFieldBase<?, String> input =
        LONG_TEXT.contains(spec.name()) ? multiLine() : new TextField();
    return new TextOptionField(spec, TextCodec.TEXT, input, onEdit);
  }

  /**
   * A saved group, picked by name and stored by id. An id no saved group has (deleted meanwhile)
   * stays visible as such; the compiler reports it.
   */
  private static OptionField group(OptionSpec spec, GroupChoices groups, Consumer<Object> onEdit) {
    Map<String, String> names = groups.namesById();
    ChoiceOptionField field =
        new ChoiceOptionField(spec, List.copyOf(names.keySet()), false, onEdit);
    field.labelItems(id -> names.getOrDefault(id, "no saved group has the id " + id));
    return field;
  }

  private static TextArea multiLine() {
    TextArea area = new TextArea();
    area.setMinRows(3);
    area.setMaxRows(8);
    return area;
  }

  // IntegerField is not in the committed frontend bundle; a text field that reads whole numbers is.
  private static OptionField integer(OptionSpec spec, Consumer<Object> onEdit) {
    TextField input = new TextField();
    input.setAllowedCharPattern("[0-9-]");
    return new TextOptionField(spec, TextCodec.INTEGER, input, onEdit);
  }

  /** "max_digits" → "Max digits", "timeout_ms" → "Timeout (ms)". */
  static String label(String optionName) {
    String words = optionName.replace('_', ' ').strip();
    if (words.endsWith(" ms")) {
      words = words.substring(0, words.length() - 3) + " (ms)";
    }
    return words.isEmpty()
        ? optionName
        : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** The spec's description, and the default a person gets by leaving the field empty. */
  static String helper(OptionSpec spec) {
    String description = spec.description() == null ? "" : spec.description();
    if (spec.required()) {
      return description;
    }
    String separator = description.isEmpty() ? "" : " · ";
    return description + separator + "default: " + shownDefault(spec);
  }

  static String shownDefault(OptionSpec spec) {
    Object value = spec.defaultValue();
    return switch (value) {
      case null -> "";
      case Boolean on -> on ? "on" : "off";
      case List<?> list -> String.join(", ", list.stream().map(String::valueOf).toList());
      default -> String.valueOf(value);
    };
  }
}
