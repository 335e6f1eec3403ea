package dev.dialtone.ui.editor.properties;

import com.vaadin.flow.component.textfield.TextField;
import dev.dialtone.flow.nodes.OptionSpec;
import dev.dialtone.flow.nodes.OptionType;
import java.util.List;
import java.util.function.Consumer;

/** Makes the input for an option from its spec: one kind of field per {@link OptionType}. */
final class OptionFields {

  /**
   * Options whose values are sentences rather than words. They belong in a TextArea, which the
   * committed frontend bundle lacks (see designer-ui/README.md): until it is rebuilt they get a
   * text field marked {@code long-text}; after, pass {@code new TextArea()} to TextOptionField.
   */
  private static final List<String> LONG_TEXT = List.of("text");

  private OptionFields() {}

  /**
   * @param onEdit receives each edit: the new value, or null to leave the option out
   */
  static OptionField create(OptionSpec spec, Consumer<Object> onEdit) {
    OptionField field =
        switch (spec.type()) {
          case STRING -> new TextOptionField(spec, TextCodec.TEXT, new TextField(), onEdit);
          case INTEGER -> integer(spec, onEdit);
          case BOOLEAN -> new BooleanOptionField(spec, onEdit);
          case STRING_LIST -> new ListOptionField(spec, onEdit);
        };
    field.component().getElement().setAttribute("data-option", spec.name());
    if (LONG_TEXT.contains(spec.name())) {
      field.component().addClassName("long-text");
    }
    return field;
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
