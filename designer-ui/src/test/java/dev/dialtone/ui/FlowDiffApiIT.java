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

/** {@code GET /api/v1/flows/{id}/diff}: between published versions, and against the draft. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:diff;DB_CLOSE_DELAY=-1",
      "DIALTONE_ADMIN_PASSWORD=s3cret-admin",
      "server.address=127.0.0.1"
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FlowDiffApiIT {

  @LocalServerPort int port;

  ApiClient admin;
  String id;

  @BeforeAll
  void publishTwoVersionsAndEditTheDraft() throws IOException {
    admin = new ApiClient(port, "admin", "s3cret-admin");
    String seedIvr;
    try (var in = getClass().getResourceAsStream("/seed-ivr.json")) {
      seedIvr = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    ApiClient.Response created = admin.post("/api/v1/flows", seedIvr);
    id = created.text("id");
    assertThat(admin.post("/api/v1/flows/" + id + "/publish", "").status()).isEqualTo(200);
    String v2 = seedIvr.replace("Connecting you to sales.", "Sales, please hold.");
    ApiClient.Response saved = admin.put("/api/v1/flows/" + id, v2, created.etag());
    assertThat(admin.post("/api/v1/flows/" + id + "/publish", "").status()).isEqualTo(200);
    String draft = v2.replace("\"count\": 2", "\"count\": 4");
    assertThat(admin.put("/api/v1/flows/" + id, draft, saved.etag()).status()).isEqualTo(200);
  }

  @Test
  void betweenTwoVersionsListsTheChangedOptionOldToNew() {
    ApiClient.Response diff = admin.get("/api/v1/flows/" + id + "/diff?from=1&to=2");

    assertThat(diff.status()).isEqualTo(200);
    JsonNode changed = diff.json().path("changed_nodes");
    assertThat(changed).hasSize(1);
    assertThat(changed.get(0).path("node_id").asString()).isEqualTo("sales");
    JsonNode option = changed.get(0).path("options").get(0);
    assertThat(option.path("option").asString()).isEqualTo("text");
    assertThat(option.path("from").asString()).isEqualTo("Connecting you to sales.");
    assertThat(option.path("to").asString()).isEqualTo("Sales, please hold.");
    assertThat(diff.json().path("added_nodes")).isEmpty();
    assertThat(diff.json().path("removed_wires")).isEmpty();
  }

  @Test
  void toDefaultsToTheDraft() {
    JsonNode changed =
        admin.get("/api/v1/flows/" + id + "/diff?from=2").json().path("changed_nodes");

    assertThat(changed).hasSize(1);
    assertThat(changed.get(0).path("node_id").asString()).isEqualTo("again");
    assertThat(changed.get(0).path("options").get(0).path("to").asInt()).isEqualTo(4);
  }

  @Test
  void aBadOrMissingVersionIsNamed() {
    ApiClient.Response bad = admin.get("/api/v1/flows/" + id + "/diff?from=first");
    ApiClient.Response missing = admin.get("/api/v1/flows/" + id + "/diff?from=9&to=draft");

    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().path("problems").get(0).path("field").asString()).isEqualTo("from");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.body()).contains("version 9");
  }
}
