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

/** Scenario tests over REST: stored with the draft, run on the engine, exported and imported. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:scenarios;DB_CLOSE_DELAY=-1",
      "DIALTONE_ADMIN_PASSWORD=s3cret-admin",
      "server.address=127.0.0.1",
      "dialtone.simulator.chars-per-second=150"
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScenariosApiIT {

  private static final String SUPPORT =
      """
      {"name": "press 2 for support",
       "caller": [{"at": "menu", "after_ms": 300, "press": "2"}],
       "expect": {"heard": ["Welcome to Dialtone…", "Connecting you to support."],
                  "path": ["start", "menu", "key", "route", "support", "support_bye"],
                  "hangup_by": "local"}}
      """;

  @LocalServerPort int port;

  ApiClient admin;
  String id;

  @BeforeAll
  void createTheSeedIvr() throws IOException {
    admin = new ApiClient(port, "admin", "s3cret-admin");
    String seedIvr;
    try (var in = getClass().getResourceAsStream("/seed-ivr.json")) {
      seedIvr = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    id = admin.post("/api/v1/flows", seedIvr).text("id");
    ApiClient.Response saved = admin.put(scenarios(), "{\"scenarios\": [" + SUPPORT + "]}", null);
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
  }

  @Test
  void theStoredScenariosRunAgainstTheDraftAndPass() {
    ApiClient.Response run = admin.post(scenarios() + "/run", "");

    assertThat(run.status()).isEqualTo(200);
    assertThat(run.json().path("passed").asBoolean()).isTrue();
    JsonNode result = run.json().path("results").get(0);
    assertThat(result.path("name").asString()).isEqualTo("press 2 for support");
    assertThat(result.path("steps").get(0).path("passed").asBoolean()).isTrue();
    assertThat(result.path("first_difference").isNull()).isTrue();
  }

  @Test
  void aScenarioInTheBodyReportsItsFirstDifferenceWithTheNode() {
    String expectsSales =
        SUPPORT
            .replace("press 2 for support", "expects sales")
            .replace("\"support\", \"support_bye\"", "\"sales\", \"sales_bye\"");

    ApiClient.Response run =
        admin.post(scenarios() + "/run", "{\"scenarios\": [" + expectsSales + "]}");

    assertThat(run.status()).isEqualTo(200);
    assertThat(run.json().path("passed").asBoolean()).isFalse();
    JsonNode difference = run.json().path("results").get(0).path("first_difference");
    assertThat(difference.path("check").asString()).isEqualTo("path");
    assertThat(difference.path("index").asInt()).isEqualTo(4);
    assertThat(difference.path("expected").asString()).isEqualTo("sales");
    assertThat(difference.path("node_id").asString()).isEqualTo("support");
  }

  @Test
  void aBadScenarioIsRefusedNamingScenarioStepAndFieldAndNothingIsStored() {
    String bad =
        "{\"scenarios\": [{\"name\": \"typo\", \"caller\": [{\"at\": \"manu\", \"press\": \"x\"}]}]}";

    ApiClient.Response refused = admin.put(scenarios(), bad, null);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().path("problems"))
        .extracting(p -> p.path("field").asString())
        .containsExactly("scenarios[0].caller[0].press", "scenarios[0].caller[0].at");
    assertThat(refused.json().path("problems").get(1).path("message").asString())
        .isEqualTo("scenario 'typo': step 1: the flow has no node 'manu'");
    assertThat(admin.get(scenarios()).json().path("scenarios").get(0).path("name").asString())
        .isEqualTo("press 2 for support");
  }

  @Test
  void scenariosTravelWithTheExportedFlowAndComeBackOnImport() {
    String exported = admin.get("/api/v1/flows/" + id + "/export").body();
    assertThat(exported).contains("\"scenarios\"");

    ApiClient.Response imported = admin.post("/api/v1/flows/import", exported);

    assertThat(imported.status()).isEqualTo(201);
    JsonNode list =
        admin.get("/api/v1/flows/" + imported.text("id") + "/scenarios").json().path("scenarios");
    assertThat(list).hasSize(1);
    assertThat(list.get(0).path("name").asString()).isEqualTo("press 2 for support");
  }

  private String scenarios() {
    return "/api/v1/flows/" + id + "/scenarios";
  }
}
