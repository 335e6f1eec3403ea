package dev.dialtone.ui.calls;

import dev.dialtone.flow.Problem;
import dev.dialtone.runtime.calls.CallCursor;
import dev.dialtone.runtime.calls.CallDirection;
import dev.dialtone.runtime.calls.CallFilter;
import dev.dialtone.runtime.calls.CallStatus;
import dev.dialtone.runtime.problems.InvalidInputException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The query parameters of {@code GET /api/v1/calls} as sent, turned into a {@link CallFilter}.
 * Every parameter that is wrong becomes a problem naming it and the value; an unknown parameter is
 * one too, so a filter the server does not know (say {@code from} meant as a date) is never
 * silently ignored.
 */
record CallListParams(
    String flowId,
    String number,
    String status,
    String direction,
    String chained,
    String masterCallId,
    String since,
    String until,
    String cursor,
    String limit) {

  static final Set<String> NAMES =
      Set.of(
          "flow_id",
          "number",
          "status",
          "direction",
          "chained",
          "master_call_id",
          "since",
          "until",
          "cursor",
          "limit");

  private static final Pattern E164 = Pattern.compile("\\+[0-9]{1,15}");

  /**
   * The filter these parameters describe.
   *
   * @throws InvalidInputException naming every wrong or unknown parameter; {@code given} are the
   *     names the request carried
   */
  CallFilter filter(Set<String> given) {
    Problems problems = new Problems();
    given.stream()
        .filter(name -> !NAMES.contains(name))
        .sorted()
        .forEach(
            name ->
                problems.add(
                    name,
                    "unknown_parameter",
                    "unknown parameter '"
                        + name
                        + "'; the call list takes "
                        + String.join(", ", NAMES.stream().sorted().toList())
                        + " (a date range is since/until)"));
    CallFilter.Builder filter = CallFilter.newest();
    filter.flowId(problems.parse("flow_id", flowId, UUID::fromString, "an id like 3f1c…"));
    if (number != null && !E164.matcher(number).matches()) {
      problems.add(
          "number", "invalid_number", "number must be E.164 (+ then digits), got '" + number + "'");
    }
    filter.number(number);
    filter.status(
        problems.parse("status", status, CallListParams::status, choices(CallStatus.values())));
    filter.direction(
        problems.parse(
            "direction", direction, CallListParams::direction, choices(CallDirection.values())));
    filter.chained(problems.parse("chained", chained, CallListParams::bool, "true or false"));
    filter.masterCallId(
        problems.parse("master_call_id", masterCallId, UUID::fromString, "an id like 3f1c…"));
    Instant from =
        problems.parse(
            "since", since, Instant::parse, "an ISO-8601 instant like 2026-12-03T00:00:00Z");
    Instant to =
        problems.parse(
            "until", until, Instant::parse, "an ISO-8601 instant like 2026-12-04T00:00:00Z");
    if (from != null && to != null && !from.isBefore(to)) {
      problems.add(
          "until", "empty_range", "until (" + until + ") must be after since (" + since + ")");
    }
    filter.createdFrom(from).createdBefore(to);
    filter.after(
        problems.parse("cursor", cursor, CallCursor::parse, "a next_cursor from an earlier page"));
    Integer size =
        problems.parse(
            "limit", limit, Integer::valueOf, "a whole number from 1 to " + CallFilter.MAX_LIMIT);
    if (size != null && (size < 1 || size > CallFilter.MAX_LIMIT)) {
      problems.add(
          "limit",
          "out_of_range",
          "limit must be from 1 to " + CallFilter.MAX_LIMIT + ", got '" + limit + "'");
    }
    filter.limit(size == null ? CallFilter.DEFAULT_LIMIT : size);
    problems.throwIfAny();
    return filter.build();
  }

  private static CallStatus status(String value) {
    return CallStatus.valueOf(value.toUpperCase(Locale.ROOT));
  }

  private static CallDirection direction(String value) {
    return CallDirection.valueOf(value.toUpperCase(Locale.ROOT));
  }

  private static Boolean bool(String value) {
    return switch (value) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException(value);
    };
  }

  private static String choices(Enum<?>[] values) {
    return "one of "
        + String.join(
            ", ",
            Arrays.stream(values).map(value -> value.name().toLowerCase(Locale.ROOT)).toList());
  }

  /** The problems found so far; a value that does not parse is one, and reads as absent. */
  private static final class Problems {
    private final List<Problem> found = new ArrayList<>();

    void add(String field, String code, String message) {
      found.add(new Problem(null, field, code, message));
    }

    <T> T parse(String field, String value, Function<String, T> parser, String expected) {
      if (value == null) {
        return null;
      }
      try {
        return parser.apply(value);
      } catch (IllegalArgumentException | DateTimeParseException e) {
        add(field, "invalid_value", field + " must be " + expected + ", got '" + value + "'");
        return null;
      }
    }

    void throwIfAny() {
      if (!found.isEmpty()) {
        throw new InvalidInputException(found);
      }
    }
  }
}
