package dev.dialtone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.runtime.users.Role;
import dev.dialtone.runtime.users.UserRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/** The public REST contract, end to end through HTTP on the embedded default. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:api;DB_CLOSE_DELAY=-1",
      "DIALTONE_ADMIN_PASSWORD=s3cret-admin",
      "server.address=127.0.0.1",
      "dialtone.simulator.chars-per-second=2000",
      "dialtone.simulator.play-duration=20ms"
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiIT {

  @LocalServerPort int port;
  @Autowired UserRepository users;
  @Autowired PasswordEncoder encoder;

  ApiClient admin;
  String seedIvr;

  @BeforeAll
  void setUp() throws IOException {
    admin = new ApiClient(port, "admin", "s3cret-admin");
    users.create("viewer", encoder.encode("viewer-pass"), Role.VIEWER);
    try (var in = getClass().getResourceAsStream("/seed-ivr.json")) {
      seedIvr = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void everyEndpointNeedsALogin() {
    assertThat(new ApiClient(port, null, null).get("/api/v1/flows").status()).isEqualTo(401);
    assertThat(new ApiClient(port, "admin", "wrong").get("/api/v1/flows").status()).isEqualTo(401);
  }

  @Test
  void aViewerMayLookButNotChange() {
    ApiClient viewer = new ApiClient(port, "viewer", "viewer-pass");
    assertThat(viewer.get("/api/v1/flows").status()).isEqualTo(200);
    assertThat(viewer.post("/api/v1/flows", seedIvr).status()).isEqualTo(403);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          not json at all                                                                                                  | not_json          |
          {"format": "dialtone.flow/2", "name": "x", "nodes": [], "edges": []}                                              | wrong_format      |
          {"format": "dialtone.flow/1", "name": "x", "nodes": [{"id": "a", "type": "fax"}], "edges": []}                    | unknown_node_type | a
          {"format": "dialtone.flow/1", "name": "x", "nodes": [{"id": "a", "type": "talk", "options": {"txt": "hi"}}], "edges": []} | unknown_option | a
          {"format": "dialtone.flow/1", "name": "x", "nodes": [{"id": "a", "type": "goto", "options": {"count": "two"}}], "edges": []} | wrong_option_type | a
          {"format": "dialtone.flow/1", "name": "x", "nodes": [{"id": "a", "type": "start"}, {"id": "a", "type": "hangup"}], "edges": []} | duplicate_node_id | a
          """)
  void aBadDocumentIsRejectedWithItsProblemAndNothingIsStored(
      String document, String code, String nodeId) {
    int before = admin.get("/api/v1/flows").json().path("flows").size();

    ApiClient.Response response = admin.post("/api/v1/flows", document);

    assertThat(response.status()).isEqualTo(400);
    JsonNode problem = response.json().path("problems").get(0);
    assertThat(problem.path("code").asString()).isEqualTo(code);
    if (nodeId != null) {
      assertThat(problem.path("node_id").asString()).isEqualTo(nodeId);
    }
    assertThat(problem.path("message").asString()).isNotBlank();
    assertThat(admin.get("/api/v1/flows").json().path("flows").size()).isEqualTo(before);
  }

  @Test
  void aDraftWithProblemsIsSavedButNotPublished() {
    String noDefault = seedIvr.replace("\"port\": \"default\"", "\"port\": \"3\"");
    ApiClient.Response created = admin.post("/api/v1/flows", noDefault);
    assertThat(created.status()).isEqualTo(201);
    String id = created.text("id");
    assertThat(created.json().path("problems").toString()).contains("branch_without_default");

    ApiClient.Response publish = admin.post("/api/v1/flows/" + id + "/publish", "");

    assertThat(publish.status()).isEqualTo(400);
    assertThat(publish.body()).contains("branch_without_default").contains("route");
    assertThat(admin.get("/api/v1/flows/" + id).json().path("published_version").isNull()).isTrue();
  }

  @Test
  void editsAreOptimisticallyLocked() {
    ApiClient.Response created = admin.post("/api/v1/flows", seedIvr);
    String id = created.text("id");
    String renamed = seedIvr.replace("\"Seed IVR\"", "\"Renamed\"");

    assertThat(admin.put("/api/v1/flows/" + id, renamed, null).status()).isEqualTo(428);
    ApiClient.Response saved = admin.put("/api/v1/flows/" + id, renamed, created.etag());
    assertThat(saved.status()).isEqualTo(200);
    assertThat(saved.json().path("revision").asInt()).isEqualTo(2);

    ApiClient.Response stale = admin.put("/api/v1/flows/" + id, seedIvr, created.etag());
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.body()).contains("stale_revision");
    assertThat(admin.get("/api/v1/flows/" + id).text("name")).isEqualTo("Renamed");
  }

  @Test
  void exportThenImportGivesTheSameDocument() {
    String id = admin.post("/api/v1/flows", seedIvr).text("id");

    ApiClient.Response exported = admin.get("/api/v1/flows/" + id + "/export");
    ApiClient.Response imported = admin.post("/api/v1/flows/import", exported.body());

    assertThat(imported.status()).isEqualTo(201);
    assertThat(imported.text("id")).isNotEqualTo(id);
    assertThat(imported.json().path("document")).isEqualTo(exported.json());
    assertThat(admin.get("/api/v1/flows/" + id + "/bpmn?revision=draft").body())
        .contains("<process id=\"draft-", "<serviceTask id=\"menu\"");
  }

  @Test
  void anImportWithSeveralProblemsListsThemAllAndStoresNothing() {
    int before = admin.get("/api/v1/flows").json().path("flows").size();
    String broken =
        """
        {"format": "dialtone.flow/1", "name": "Several problems",
         "nodes": [{"id": "start", "type": "start", "x": 0, "y": 0},
                   {"id": "beam", "type": "teleport", "x": 200, "y": 0},
                   {"id": "warp", "type": "wormhole", "x": 400, "y": 0},
                   {"id": "start", "type": "hangup", "x": 600, "y": 0}],
         "edges": [{"from": "start", "to": "beam"}]}
        """;

    ApiClient.Response refused = admin.post("/api/v1/flows/import", broken);

    assertThat(refused.status()).isEqualTo(400);
    JsonNode problems = refused.json().path("problems");
    assertThat(problems.size()).as(problems.toString()).isGreaterThanOrEqualTo(3);
    assertThat(problems.toString()).contains("teleport", "wormhole", "beam", "warp");
    assertThat(problems.toString()).containsIgnoringCase("duplicate");
    assertThat(admin.get("/api/v1/flows").json().path("flows").size()).isEqualTo(before);
  }

  @Test
  void numbersMustBeE164AndUnique() {
    String id = admin.post("/api/v1/flows", seedIvr).text("id");

    ApiClient.Response bad =
        admin.post("/api/v1/numbers", "{\"number\": \"555-0100\", \"flow_id\": \"" + id + "\"}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().path("problems").get(0).path("field").asString()).isEqualTo("number");
    assertThat(admin.get("/api/v1/numbers/555-0100").status()).isEqualTo(404);

    assertThat(
            admin
                .post("/api/v1/numbers", "{\"number\": \"+15550111\", \"flow_id\": \"" + id + "\"}")
                .status())
        .isEqualTo(201);
    assertThat(admin.post("/api/v1/numbers", "{\"number\": \"+15550111\"}").status())
        .isEqualTo(409);
    assertThat(admin.delete("/api/v1/flows/" + id).status()).isEqualTo(409);
    assertThat(admin.put("/api/v1/numbers/+15550111", "{\"flow_id\": null}", null).status())
        .isEqualTo(200);
    assertThat(admin.delete("/api/v1/flows/" + id).status()).isEqualTo(204);
  }

  @Test
  void aPublishedFlowAnswersItsNumber() {
    String id = admin.post("/api/v1/flows", seedIvr).text("id");
    assertThat(admin.post("/api/v1/flows/" + id + "/publish", "").json().path("version").asInt())
        .isEqualTo(1);
    admin.post("/api/v1/numbers", "{\"number\": \"+15550100\", \"flow_id\": \"" + id + "\"}");

    String call =
        admin
            .post("/api/v1/simulator/calls", "{\"from\": \"+15550199\", \"to\": \"+15550100\"}")
            .text("call_id");
    awaitJson("/api/v1/calls/" + call + "/transcript", t -> t.path("events").size() >= 1);
    assertThat(
            admin
                .post("/api/v1/simulator/calls/" + call + "/digits", "{\"digits\": \"2\"}")
                .status())
        .isEqualTo(202);

    JsonNode record =
        awaitJson("/api/v1/calls/" + call, c -> c.path("status").asString().equals("hangup"));
    assertThat(record.path("hangup_by").asString()).isEqualTo("local");
    assertThat(record.path("to").asString()).isEqualTo("+15550100");
    JsonNode transcript = admin.get("/api/v1/calls/" + call + "/transcript").json().path("events");
    assertThat(types(transcript)).containsExactly("talk", "digits", "talk", "hangup");
    assertThat(transcript.get(2).path("text").asString()).isEqualTo("Connecting you to support.");
    JsonNode steps = admin.get("/api/v1/calls/" + call + "/trace").json().path("steps");
    assertThat(steps.get(0).path("node_id").asString()).isEqualTo("start");
    assertThat(steps.get(1).path("node_id").asString()).isEqualTo("menu");
    assertThat(admin.get("/api/v1/calls?number=%2B15550100&status=hangup").body()).contains(call);
  }

  @Test
  void aTestCallRunsTheDraftWithoutPublishing() {
    String id = admin.post("/api/v1/flows", seedIvr).text("id");

    ApiClient.Response started =
        admin.post("/api/v1/test-calls", "{\"flow_id\": \"" + id + "\", \"revision\": \"draft\"}");

    assertThat(started.status()).isEqualTo(201);
    String call = started.text("call_id");
    awaitJson("/api/v1/calls/" + call + "/transcript", t -> t.path("events").size() >= 1);
    admin.post("/api/v1/simulator/calls/" + call + "/hangup", "");
    JsonNode record =
        awaitJson("/api/v1/calls/" + call, c -> c.path("status").asString().equals("hangup"));
    assertThat(record.path("revision").asString()).isEqualTo("draft");
    ApiClient.Response again = admin.post("/api/v1/simulator/calls/" + call + "/hangup", "");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body()).contains("call_not_live");
    assertThat(record.path("hangup_by").asString()).isEqualTo("remote");
    assertThat(admin.get("/api/v1/flows/" + id).json().path("published_version").isNull()).isTrue();
  }

  @Test
  void badCallerActionsNameWhatIsWrong() {
    ApiClient.Response badNumber =
        admin.post("/api/v1/simulator/calls", "{\"from\": \"+15550199\", \"to\": \"0100\"}");
    assertThat(badNumber.status()).isEqualTo(400);
    assertThat(badNumber.body()).contains("\"field\":\"to\"");
    assertThat(admin.post("/api/v1/test-calls", "{\"flow_id\": \"nope\"}").status()).isEqualTo(400);
    assertThat(admin.get("/api/v1/flows/not-a-uuid").status()).isEqualTo(400);
    assertThat(admin.get("/api/v1/calls/00000000-0000-0000-0000-000000000000").status())
        .isEqualTo(404);
  }

  @Test
  void theSchemaDescribesTheFormat() {
    ApiClient.Response schema = admin.get("/api/v1/schema/flow.json");
    assertThat(schema.status()).isEqualTo(200);
    assertThat(schema.body()).contains("dialtone.flow/1", "talk", "digits", "goto");
  }

  private JsonNode awaitJson(String path, Predicate<JsonNode> done) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    JsonNode last = admin.get(path).json();
    while (!done.test(last)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out on " + path + ": " + last);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
      last = admin.get(path).json();
    }
    return last;
  }

  private static List<String> types(JsonNode events) {
    List<String> types = new ArrayList<>();
    events.forEach(e -> types.add(e.path("type").asString()));
    return types;
  }
}
