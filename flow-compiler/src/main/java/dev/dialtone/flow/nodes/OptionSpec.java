package dev.dialtone.flow.nodes;

import dev.dialtone.flow.ProblemCodes;
import java.util.List;
import java.util.Objects;

/**
 * One option of a node type: what the property panel shows, the parser type-checks, the validator
 * checks and the schema publishes.
 *
 * @param defaultValue the value the runtime uses when the document leaves the option out; null for
 *     required options
 * @param missingCode the problem code when a required option is absent
 */
public record OptionSpec(
    String name,
    OptionType type,
    boolean required,
    Object defaultValue,
    String description,
    String missingCode,
    List<OptionRule> rules) {

  public OptionSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    rules = List.copyOf(rules);
    if (required == (defaultValue != null)) {
      throw new IllegalArgumentException(name + ": required options have no default, others must");
    }
    if (defaultValue != null && !type.accepts(defaultValue)) {
      throw new IllegalArgumentException(name + ": default is not " + type.label());
    }
  }

  public static OptionSpec required(
      String name, OptionType type, String description, OptionRule... rules) {
    return new OptionSpec(
        name, type, true, null, description, ProblemCodes.MISSING_OPTION, List.of(rules));
  }

  public static OptionSpec optional(
      String name, OptionType type, Object defaultValue, String description, OptionRule... rules) {
    return new OptionSpec(
        name, type, false, defaultValue, description, ProblemCodes.MISSING_OPTION, List.of(rules));
  }

  /** The same option reporting a more specific code when it is missing. */
  public OptionSpec whenMissing(String code) {
    return new OptionSpec(name, type, required, defaultValue, description, code, rules);
  }
}
