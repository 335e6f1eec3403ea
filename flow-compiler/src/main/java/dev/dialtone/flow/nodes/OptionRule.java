package dev.dialtone.flow.nodes;

import dev.dialtone.flow.ProcessVariables;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A constraint on an option's value. Each rule both checks a value and describes itself in JSON
 * Schema, so validation and the published schema cannot drift apart.
 */
public sealed interface OptionRule {

  /**
   * Why {@code value} (already of the option's type) breaks the rule, e.g. "must be at least 1".
   */
  Optional<String> violation(Object value);

  /** JSON Schema keywords saying the same. */
  Map<String, Object> schema();

  static OptionRule atLeast(long minimum) {
    return new AtLeast(minimum);
  }

  static OptionRule atMost(long maximum, String why) {
    return new AtMost(maximum, why);
  }

  static OptionRule oneOf(String... values) {
    return new OneOf(List.of(values));
  }

  static OptionRule matches(String regex, String expectation) {
    return new Matches(Pattern.compile(regex), expectation);
  }

  static OptionRule notBlank() {
    return matches("\\S", "must not be empty");
  }

  static OptionRule httpUrl() {
    return new HttpUrl();
  }

  /** A list with at least one item, no blank item and no item twice. */
  static OptionRule distinctValues() {
    return new DistinctValues();
  }

  /** A list that must not contain {@code value}, for the given reason. */
  static OptionRule excludes(String value, String reason) {
    return new Excludes(value, reason);
  }

  /**
   * A name usable as a Zeebe variable inside FEEL expressions. A {@code written} variable must also
   * not clobber what the runtime or the compiler keep in process variables.
   */
  static OptionRule variableName(boolean written) {
    return new VariableName(written);
  }

  record AtLeast(long minimum) implements OptionRule {
    public Optional<String> violation(Object value) {
      return ((Number) value).longValue() >= minimum
          ? Optional.empty()
          : Optional.of("must be at least " + minimum);
    }

    public Map<String, Object> schema() {
      return Map.of("minimum", minimum);
    }
  }

  /**
   * @param why said after the bound, e.g. "(30 minutes)"
   */
  record AtMost(long maximum, String why) implements OptionRule {
    public Optional<String> violation(Object value) {
      return ((Number) value).longValue() <= maximum
          ? Optional.empty()
          : Optional.of("must be at most " + maximum + (why.isEmpty() ? "" : " " + why));
    }

    public Map<String, Object> schema() {
      return Map.of("maximum", maximum);
    }
  }

  /** Each item of a destination list (or a single destination) must be dialable. */
  static OptionRule destinations(String... types) {
    return new DestinationsRule(List.of(types));
  }

  record DestinationsRule(List<String> types) implements OptionRule {
    public Optional<String> violation(Object value) {
      if (!(value instanceof List<?> list)) {
        return Destinations.violation(value, types);
      }
      if (list.isEmpty()) {
        return Optional.of("must not be empty");
      }
      for (int i = 0; i < list.size(); i++) {
        Optional<String> problem = Destinations.violation(list.get(i), types);
        if (problem.isPresent()) {
          return Optional.of("item " + (i + 1) + ": " + problem.get());
        }
      }
      return Optional.empty();
    }

    public Map<String, Object> schema() {
      return Map.of("$comment", "destination types: " + String.join(", ", types));
    }
  }

  record OneOf(List<String> values) implements OptionRule {
    public Optional<String> violation(Object value) {
      return values.contains(value)
          ? Optional.empty()
          : Optional.of("must be one of " + String.join(", ", values));
    }

    public Map<String, Object> schema() {
      return Map.of("enum", values);
    }
  }

  record Matches(Pattern pattern, String expectation) implements OptionRule {
    public Optional<String> violation(Object value) {
      return pattern.matcher((String) value).find() ? Optional.empty() : Optional.of(expectation);
    }

    public Map<String, Object> schema() {
      return Map.of("pattern", pattern.pattern());
    }
  }

  record HttpUrl() implements OptionRule {
    public Optional<String> violation(Object value) {
      try {
        URI uri = new URI((String) value);
        boolean http =
            "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
        return http && uri.getHost() != null
            ? Optional.empty()
            : Optional.of("must be an http or https URL");
      } catch (URISyntaxException e) {
        return Optional.of("must be an http or https URL (" + e.getReason() + ")");
      }
    }

    public Map<String, Object> schema() {
      return Map.of("format", "uri", "pattern", "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+");
    }
  }

  record DistinctValues() implements OptionRule {
    public Optional<String> violation(Object value) {
      List<?> items = (List<?>) value;
      if (items.isEmpty()) {
        return Optional.of("must not be empty");
      }
      if (items.stream().anyMatch(item -> ((String) item).isBlank())) {
        return Optional.of("must not contain an empty value");
      }
      Set<Object> seen = new HashSet<>();
      return items.stream()
          .filter(item -> !seen.add(item))
          .findFirst()
          .map(item -> "must not contain " + OptionType.show(item) + " twice");
    }

    public Map<String, Object> schema() {
      Map<String, Object> schema = new LinkedHashMap<>();
      schema.put("minItems", 1);
      schema.put("uniqueItems", true);
      schema.put("items", Map.of("type", "string", "pattern", "\\S"));
      return schema;
    }
  }

  record Excludes(String value, String reason) implements OptionRule {
    public Optional<String> violation(Object items) {
      return ((List<?>) items).contains(value)
          ? Optional.of("must not contain " + OptionType.show(value) + ", " + reason)
          : Optional.empty();
    }

    public Map<String, Object> schema() {
      return Map.of("not", Map.of("contains", Map.of("const", value)));
    }
  }

  record VariableName(boolean written) implements OptionRule {
    static final Pattern NAME = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]{0,63}$");
    // Words FEEL parses as syntax: a variable so named would break the compiled expressions.
    static final List<String> FEEL_KEYWORDS =
        List.of(
            "and",
            "between",
            "else",
            "every",
            "external",
            "false",
            "for",
            "function",
            "if",
            "in",
            "instance",
            "not",
            "null",
            "of",
            "or",
            "return",
            "satisfies",
            "some",
            "then",
            "true");

    public Optional<String> violation(Object value) {
      String name = (String) value;
      if (!NAME.matcher(name).matches()) {
        return Optional.of("must be a variable name (a letter or _, then letters, digits or _)");
      }
      if (FEEL_KEYWORDS.contains(name)) {
        return Optional.of("must not be the FEEL keyword '" + name + "'");
      }
      if (written && forbiddenTargets().contains(name)) {
        return Optional.of("must not overwrite the call variable '" + name + "'");
      }
      if (written && name.startsWith(ProcessVariables.GOTO_COUNTER_PREFIX)) {
        return Optional.of(
            "must not start with '" + ProcessVariables.GOTO_COUNTER_PREFIX + "' (loop counters)");
      }
      return Optional.empty();
    }

    public Map<String, Object> schema() {
      List<String> excluded =
          Stream.concat(
                  FEEL_KEYWORDS.stream(),
                  written ? forbiddenTargets().stream().sorted() : Stream.empty())
              .toList();
      return Map.of("pattern", NAME.pattern(), "not", Map.of("enum", excluded));
    }

    private static Set<String> forbiddenTargets() {
      return ProcessVariables.RESERVED;
    }
  }
}
