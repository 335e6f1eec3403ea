package dev.dialtone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** VoIPBIN action lists over REST: import (named or detected), export, and refused input. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:voipbin;DB_CLOSE_DELAY=-1",
      "DIALTONE_ADMIN_PASSWORD=s3cret-admin",
      "server.address=127.0.0.1"
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VoipbinApiIT {

  @LocalServerPort int port;

  ApiClient admin;
  String actions;
  String seedIvr;

  @BeforeAll
  void setUp() throws IOException {
    admin = new ApiClient(port, "admin", "s3cret-admin");
    actions = resource("/voipbin/ivr-by-index.json");
    seedIvr = resource("/seed-ivr.json");
  }

  @Test
  void anActionListIsRecognisedAndImportedWithoutPositionsForTheEditorToLayOut() {
    ApiClient.Response imported = admin.post("/api/v1/flows/import", actions);

    assertThat(imported.status()).isEqualTo(201);
    JsonNode document = imported.json().path("document");
    assertThat(document.path("name").asString()).isEqualTo("VoIPBIN IVR");
    assertThat(document.path("nodes").get(1).path("id").asString()).isEqualTo("talk_0");
    // no positions: the editor lays an unplaced flow out when it opens it
    assertThat(document.path("nodes").get(1).has("x")).isFalse();
    assertThat(imported.json().path("problems")).isEmpty();
  }

  @Test
  void importedThenExportedGivesTheSameListAgain() {
    String id = admin.post("/api/v1/flows/import?format=voipbin", actions).text("id");

    ApiClient.Response exported = admin.get("/api/v1/flows/" + id + "/export?format=voipbin");
    String again =
        admin
            .get(
                "/api/v1/flows/"
                    + admin.post("/api/v1/flows/import", exported.body()).text("id")
                    + "/export?format=voipbin")
            .body();

    assertThat(exported.status()).isEqualTo(200);
    assertThat(exported.json().path("actions")).hasSize(11);
    assertThat(exported.json().path("actions").get(2).path("type").asString()).isEqualTo("branch");
    assertThat(again).isEqualTo(exported.body());
  }

  @Test
  void aNativeFlowExportsAsVoipbin() {
    String id = admin.post("/api/v1/flows", seedIvr).text("id");

    ApiClient.Response exported = admin.get("/api/v1/flows/" + id + "/export?format=voipbin");

    assertThat(exported.status()).isEqualTo(200);
    assertThat(exported.json().path("actions").get(0).path("option").path("text").asString())
        .startsWith("Welcome to Dialtone");
  }

  @Test
  void anUnmappableListIsRefusedWithEveryProblemAndNothingIsStored() {
    int before = admin.get("/api/v1/flows").json().path("flows").size();
    String bad =
        "{\"actions\": [{\"type\": \"talk\", \"option\": {\"text\": \"Hi\"}},"
            + " {\"type\": \"queue_join\", \"option\": {}},"
            + " {\"type\": \"goto\", \"option\": {\"target_index\": 9, \"loop_count\": 1}}]}";

    ApiClient.Response response = admin.post("/api/v1/flows/import", bad);

    assertThat(response.status()).isEqualTo(400);
    JsonNode problems = response.json().path("problems");
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0).path("code").asString()).isEqualTo("unsupported_action");
    assertThat(problems.get(0).path("field").asString()).isEqualTo("actions[1]");
    assertThat(problems.get(0).path("message").asString()).contains("action 1", "queue_join");
    assertThat(problems.get(1).path("code").asString()).isEqualTo("invalid_jump");
    assertThat(admin.get("/api/v1/flows").json().path("flows").size()).isEqualTo(before);
  }

  @Test
  void anUnknownFormatIsABadRequest() {
    ApiClient.Response response = admin.post("/api/v1/flows/import?format=yaml", actions);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("problems").get(0).path("field").asString())
        .isEqualTo("format");
  }

  @Test
  void exportNeedsALogin() {
    String id = admin.post("/api/v1/flows", seedIvr).text("id");

    assertThat(
            new ApiClient(port, null, null)
                .get("/api/v1/flows/" + id + "/export?format=voipbin")
                .status())
        .isEqualTo(401);
  }

  private String resource(String path) throws IOException {
    try (var in = getClass().getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
