package dev.dialtone.ui;

import static dev.dialtone.db.Tables.API_TOKENS;
import static dev.dialtone.db.Tables.FLOWS;
import static dev.dialtone.db.Tables.FLOW_VERSIONS;
import static dev.dialtone.db.Tables.NUMBERS;
import static dev.dialtone.db.Tables.WEBHOOKS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * 10,000+ generated hostile inputs (seeded, so a failure replays) against the public inputs: flow
 * documents (create, save, import native and VoIPBIN), numbers, tokens and webhooks. No answer is a
 * 5xx, every refusal is the problems JSON, and a refused request stores nothing (row counts of
 * every table a request could write, before and after).
 */
@SecuredAppIT
class HostileInputIT {

  private static final long SEED = 20261203L;
  private static final int PER_TARGET = 1_430; // 7 targets: 10,010 requests

  private static final String FLOW =
      """
      {"format": "dialtone.flow/1", "name": "Fuzzed",
       "nodes": [{"id": "start", "type": "start", "x": 0, "y": 0},
                 {"id": "menu", "type": "talk", "options": {"text": "Press 1.", "voice": "female"}},
                 {"id": "key", "type": "digits", "options": {"timeout_ms": 3000, "max_digits": 1}},
                 {"id": "route", "type": "branch", "options": {"variable": "digits", "cases": ["1"]}},
                 {"id": "again", "type": "goto", "options": {"count": 2}},
                 {"id": "bye", "type": "hangup"}],
       "edges": [{"from": "start", "to": "menu"}, {"from": "menu", "to": "key"},
                 {"from": "key", "to": "route"}, {"from": "route", "port": "1", "to": "bye"},
                 {"from": "route", "port": "default", "to": "again"},
                 {"from": "again", "port": "loop", "to": "menu"},
                 {"from": "again", "port": "done", "to": "bye"}]}
      """;
  private static final String VOIPBIN =
      """
      [{"type": "talk", "option": {"text": "Hello", "gender": "female", "language": "en-US"}},
       {"type": "digits_receive", "option": {"duration": 3000, "length": 1}},
       {"type": "branch", "option": {"target_indexes": {"1": 3}, "default_index": 0}},
       {"type": "hangup"}]
      """;

  @LocalServerPort int port;
  @Autowired DSLContext dsl;

  private final HostileInputs inputs = new HostileInputs(SEED);
  private final Map<String, Integer> statuses = new TreeMap<>();
  private final Map<String, Map<Integer, Integer>> byTarget = new TreeMap<>();
  private final List<String> failures = new ArrayList<>();
  private int requests;

  ApiClient admin() {
    return new ApiClient(port, "admin", "s3cret-admin");
  }

  @Test
  void hostileInputsNeverAnswer500AndRefusalsStoreNothing() {
    ApiClient api = admin();
    ApiClient.Response base = api.post("/api/v1/flows", FLOW);
    assertThat(base.status()).as(base.body()).isEqualTo(201);
    ApiClient.Response imported = api.post("/api/v1/flows/import?format=voipbin", VOIPBIN);
    assertThat(imported.status()).as(imported.body()).isEqualTo(201);
    String flowId = base.text("id");
    String flowPath = "/api/v1/flows/" + flowId;

    fuzz("create flow", () -> api.post("/api/v1/flows", inputs.mutate(FLOW)));
    fuzz(
        "save flow",
        () -> {
          String etag = api.get(flowPath).etag();
          return api.put(flowPath, inputs.mutate(FLOW), inputs.nextInt(8) == 0 ? "\"x\"" : etag);
        });
    fuzz(
        "import",
        () ->
            inputs.nextInt(2) == 0
                ? api.post("/api/v1/flows/import?format=voipbin", inputs.mutate(VOIPBIN))
                : api.post("/api/v1/flows/import", inputs.mutate(FLOW)));
    fuzz(
        "number",
        () ->
            api.post(
                "/api/v1/numbers",
                inputs.object("number", "+1555" + inputs.nextInt(1_000_000), "flow_id", flowId)));
    fuzz(
        "token",
        () ->
            api.post(
                "/api/v1/tokens",
                inputs.object("name", "fuzz", "role", "viewer", "expires_at", "2099-01-01")));
    fuzz(
        "default webhook",
        () ->
            api.put(
                "/api/v1/webhooks/default",
                inputs.object("url", "https://hooks.example/x", "secret", "0123456789abcdef0"),
                null));
    fuzz(
        "flow webhook",
        () ->
            api.put(
                flowPath + "/webhook",
                inputs.object("url", "https://hooks.example/y", "secret", "0123456789abcdef0"),
                null));

    System.out.printf("HostileInputIT: %d requests, answers %s%n", requests, statuses);
    byTarget.forEach((target, answers) -> System.out.printf("  %-16s %s%n", target, answers));
    assertThat(requests).isGreaterThanOrEqualTo(10_000);
    assertThat(failures).isEmpty();
    // every target refused most inputs as bad input, so they reached its validation
    byTarget.forEach(
        (target, answers) ->
            assertThat(answers.getOrDefault(400, 0)).as(target).isGreaterThan(PER_TARGET / 3));
  }

  @Test
  void aNameLongerThanItsColumnIsRefusedNotA500() {
    String longName = FLOW.replace("\"Fuzzed\"", "\"" + "n".repeat(201) + "\"");

    ApiClient.Response refused = admin().post("/api/v1/flows", longName);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().path("problems").get(0).path("code").asString())
        .isEqualTo("invalid_name");
    assertThat(refused.body()).contains("at most 200 characters, got 201");
  }

  private void fuzz(String target, Supplier<ApiClient.Response> request) {
    for (int i = 0; i < PER_TARGET; i++) {
      Map<String, Object> before = counts();
      ApiClient.Response response = request.get();
      requests++;
      statuses.merge(String.valueOf(response.status()), 1, Integer::sum);
      byTarget
          .computeIfAbsent(target, t -> new TreeMap<>())
          .merge(response.status(), 1, Integer::sum);
      if (response.status() >= 500) {
        failures.add(target + " #" + i + ": " + response.status() + " " + cut(response.body()));
      } else if (response.status() >= 400) {
        checkRefusal(target, i, response, before);
      }
      if (failures.size() > 20) {
        return; // enough to read; the assertion reports them
      }
    }
  }

  private void checkRefusal(
      String target, int i, ApiClient.Response response, Map<String, Object> before) {
    if (!response.contentType().contains("json") || !problems(response)) {
      failures.add(
          target
              + " #"
              + i
              + ": "
              + response.status()
              + " without problems JSON: "
              + cut(response.body()));
    }
    Map<String, Object> after = counts();
    if (!after.equals(before)) {
      failures.add(
          target
              + " #"
              + i
              + ": refused ("
              + response.status()
              + ") but stored "
              + diff(before, after));
    }
  }

  private static boolean problems(ApiClient.Response response) {
    try {
      JsonNode problems = response.json().path("problems");
      return problems.isArray() && !problems.isEmpty();
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Row counts, and what a refused update could have changed in place: revisions and URLs. */
  private Map<String, Object> counts() {
    return Map.of(
        "flows", dsl.fetchCount(FLOWS),
        "flow_versions", dsl.fetchCount(FLOW_VERSIONS),
        "numbers", dsl.fetchCount(NUMBERS),
        "api_tokens", dsl.fetchCount(API_TOKENS),
        "webhooks", dsl.fetchCount(WEBHOOKS),
        "revisions", dsl.select(FLOWS.REVISION).from(FLOWS).orderBy(FLOWS.ID).fetch().toString(),
        "webhook urls",
            dsl.select(WEBHOOKS.URL, WEBHOOKS.SECRET)
                .from(WEBHOOKS)
                .orderBy(WEBHOOKS.SCOPE)
                .fetch()
                .toString());
  }

  private static String diff(Map<String, Object> before, Map<String, Object> after) {
    StringBuilder changed = new StringBuilder();
    before.forEach(
        (key, value) -> {
          if (!value.equals(after.get(key))) {
            changed.append(key).append(' ');
          }
        });
    return changed.toString();
  }

  private static String cut(String body) {
    return body.length() > 300 ? body.substring(0, 300) + "…" : body;
  }
}
