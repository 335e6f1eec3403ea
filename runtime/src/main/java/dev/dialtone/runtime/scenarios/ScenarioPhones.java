package dev.dialtone.runtime.scenarios;

import dev.dialtone.telephony.sim.VirtualPhone;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads a scenario's {@code phones}: {@code [{"address": "+15550001", "behavior":
 * "answer"|"busy"|"noanswer"|"reject", "after_ms": 2000, "talk_ms": 3000}]}, the same fields as
 * {@code POST /api/v1/simulator/phones}.
 */
final class ScenarioPhones {

  interface Problems {
    void add(String field, String code, String message);
  }

  private static final Set<String> FIELDS = Set.of("address", "behavior", "after_ms", "talk_ms");
  private static final long MAX_MS = 3_600_000;
  private static final int MAX_PHONES = 100;

  private final Problems problems;

  ScenarioPhones(Problems problems) {
    this.problems = problems;
  }

  List<VirtualPhone> read(JsonNode phones, String path) {
    List<VirtualPhone> read = new ArrayList<>();
    if (phones == null || phones.isNull()) {
      return read;
    }
    if (!phones.isArray() || phones.size() > MAX_PHONES) {
      problems.add(
          path + ".phones",
          "wrong_field_type",
          "'phones' must be a list of at most " + MAX_PHONES + " phones");
      return read;
    }
    for (int i = 0; i < phones.size(); i++) {
      VirtualPhone phone = phone(phones.get(i), path + ".phones[" + i + "]");
      if (phone != null) {
        read.add(phone);
      }
    }
    return read;
  }

  private VirtualPhone phone(JsonNode phone, String at) {
    if (phone == null || !phone.isObject()) {
      problems.add(at, "wrong_field_type", "a phone must be an object");
      return null;
    }
    for (String field : phone.propertyNames()) {
      if (!FIELDS.contains(field)) {
        problems.add(
            at + "." + field,
            "unknown_field",
            "unknown field '"
                + field
                + "'; expected "
                + String.join(", ", FIELDS.stream().sorted().toList()));
      }
    }
    String address = phone.path("address").asString("");
    if (address.isBlank()) {
      problems.add(at + ".address", "missing_field", "a phone needs an 'address'");
      return null;
    }
    VirtualPhone.Behavior behavior = behavior(phone.path("behavior").asString(""), at);
    Duration after = millis(phone, "after_ms", at);
    Duration talk = phone.has("talk_ms") ? millis(phone, "talk_ms", at) : null;
    return behavior == null || after == null || (phone.has("talk_ms") && talk == null)
        ? null
        : new VirtualPhone(address, behavior, after, talk);
  }

  private VirtualPhone.Behavior behavior(String text, String at) {
    for (VirtualPhone.Behavior behavior : VirtualPhone.Behavior.values()) {
      if (behavior.name().toLowerCase(Locale.ROOT).equals(text)) {
        return behavior;
      }
    }
    problems.add(
        at + ".behavior",
        "invalid_value",
        "'behavior' must be answer, busy, noanswer or reject, got '" + text + "'");
    return null;
  }

  private Duration millis(JsonNode phone, String field, String at) {
    JsonNode value = phone.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return Duration.ZERO;
    }
    if (!value.isIntegralNumber() || value.longValue() < 0 || value.longValue() > MAX_MS) {
      problems.add(
          at + "." + field,
          "invalid_value",
          "'" + field + "' must be a whole number from 0 to " + MAX_MS + ", got " + value);
      return null;
    }
    return Duration.ofMillis(value.longValue());
  }
}
