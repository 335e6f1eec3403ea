package dev.dialtone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.runtime.users.Role;
import dev.dialtone.runtime.users.UserRepository;
import dev.dialtone.telephony.sim.SimulatedTelephony;
import dev.dialtone.telephony.sim.VirtualPhone;
import dev.dialtone.telephony.sim.VirtualPhone.Behavior;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * A flow's versions over REST: the history with who, when, why and how many calls; one version's
 * document; roll back as a new version; and a call that is running keeps its version.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:versions;DB_CLOSE_DELAY=-1",
      "DIALTONE_ADMIN_PASSWORD=s3cret-admin",
      "server.address=127.0.0.1",
      "dialtone.simulator.chars-per-second=2000",
      "dialtone.calls.caller-id=+15550001"
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FlowVersionsApiIT {

  private static final Duration LIMIT = Duration.ofSeconds(20);
  private static final String PHONE = "+15550801";

  /** The caller never presses a key, so the call waits on "key" long enough to publish twice. */
  private static final String WAITING =
      """
      {"format": "dialtone.flow/1", "name": "Waiting",
       "nodes": [{"id": "start", "type": "start"},
                 {"id": "hello", "type": "talk", "options": {"text": "%s"}},
                 {"id": "key", "type": "digits", "options": {"timeout_ms": 15000, "max_digits": 1}},
                 {"id": "bye", "type": "hangup"}],
       "edges": [{"from": "start", "to": "hello"}, {"from": "hello", "to": "key"},
                 {"from": "key", "to": "bye"}]}
      """;

  @LocalServerPort int port;
  @Autowired SimulatedTelephony telephony;
  @Autowired UserRepository users;
  @Autowired PasswordEncoder encoder;

  ApiClient admin;

  @BeforeAll
  void setUp() {
    admin = new ApiClient(port, "admin", "s3cret-admin");
    users.create("versions-viewer", encoder.encode("viewer-pass"), Role.VIEWER);
    telephony.phones().put(new VirtualPhone(PHONE, Behavior.ANSWER, Duration.ofMillis(50), null));
  }

  @Test
  void historyListsEveryVersionWithNoteAndPublisher() {
    String id = created("Hello one");
    assertThat(publish(id, "{\"note\": \"First cut\"}").path("version").asInt()).isEqualTo(1);
    edit(id, "Hello two");
    assertThat(publish(id, "").path("version").asInt()).isEqualTo(2);

    JsonNode versions = admin.get("/api/v1/flows/" + id + "/versions").json().path("versions");

    assertThat(versions).hasSize(2);
    assertThat(versions.get(0).path("version").asInt()).isEqualTo(2);
    assertThat(versions.get(0).path("note").isNull()).isTrue();
    assertThat(versions.get(1).path("version").asInt()).isEqualTo(1);
    assertThat(versions.get(1).path("note").asString()).isEqualTo("First cut");
    assertThat(versions.get(1).path("published_by").asString()).isEqualTo("admin");
    assertThat(versions.get(1).path("published_at").asString()).isNotBlank();
    assertThat(versions.get(1).path("calls").asInt()).isZero();
    assertThat(versions.get(1).path("live_calls").asInt()).isZero();
  }

  @Test
  void rollbackPublishesTheOldDocumentAsANewVersion() {
    String id = created("Hello one");
    publish(id, "");
    edit(id, "Hello two");
    publish(id, "");

    ApiClient.Response rolled =
        admin.post("/api/v1/flows/" + id + "/versions/1/rollback", "{\"note\": \"two was wrong\"}");

    assertThat(rolled.status()).as(rolled.body()).isEqualTo(200);
    assertThat(rolled.json().path("version").asInt()).isEqualTo(3);
    JsonNode v1 = admin.get("/api/v1/flows/" + id + "/versions/1").json();
    JsonNode v3 = admin.get("/api/v1/flows/" + id + "/versions/3").json();
    assertThat(v3.path("document")).isEqualTo(v1.path("document"));
    assertThat(v3.path("note").asString()).isEqualTo("Rolled back to version 1: two was wrong");
    assertThat(v1.path("document").toString()).contains("Hello one");
    // the draft is what the person was editing, untouched
    assertThat(admin.get("/api/v1/flows/" + id).json().path("document").toString())
        .contains("Hello two");
    assertThat(admin.get("/api/v1/flows/" + id).json().path("published_version").asInt())
        .isEqualTo(3);
  }

  @Test
  void badAndMissingVersionsAreNamed() {
    String id = created("Hello");
    publish(id, "");

    ApiClient.Response word = admin.get("/api/v1/flows/" + id + "/versions/first");
    ApiClient.Response missing = admin.post("/api/v1/flows/" + id + "/versions/7/rollback", "");
    ApiClient.Response unknownFlow =
        admin.get("/api/v1/flows/00000000-0000-0000-0000-000000000001/versions");
    ApiClient.Response badNote = admin.post("/api/v1/flows/" + id + "/publish", "{\"note\": 5}");
    ApiClient.Response longNote =
        admin.post("/api/v1/flows/" + id + "/publish", "{\"note\": \"" + "x".repeat(401) + "\"}");

    assertThat(word.status()).isEqualTo(400);
    assertThat(word.json().path("problems").get(0).path("field").asString()).isEqualTo("version");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.body()).contains("version 7");
    assertThat(unknownFlow.status()).isEqualTo(404);
    assertThat(badNote.status()).isEqualTo(400);
    assertThat(badNote.json().path("problems").get(0).path("field").asString()).isEqualTo("note");
    assertThat(longNote.status()).isEqualTo(400);
    assertThat(longNote.body()).contains("401 characters");
    // nothing was stored by the refused publishes
    assertThat(admin.get("/api/v1/flows/" + id + "/versions").json().path("versions")).hasSize(1);
  }

  @Test
  void aViewerMayReadHistoryButNotRollBack() {
    String id = created("Hello");
    publish(id, "");
    ApiClient viewer = new ApiClient(port, "versions-viewer", "viewer-pass");

    assertThat(viewer.get("/api/v1/flows/" + id + "/versions").status()).isEqualTo(200);
    assertThat(viewer.get("/api/v1/flows/" + id + "/versions/1").status()).isEqualTo(200);
    assertThat(viewer.post("/api/v1/flows/" + id + "/versions/1/rollback", "").status())
        .isEqualTo(403);
    assertThat(new ApiClient(port, null, null).get("/api/v1/flows/" + id + "/versions").status())
        .isEqualTo(401);
  }

  @Test
  void aRunningCallKeepsItsVersionAndPublishingSaysSo() {
    String id = created("Version one speaking.");
    publish(id, "");
    String call = placeCall(id);
    awaitWaitingOnKey(call);

    edit(id, "Version two speaking.");
    JsonNode published = publish(id, "{\"note\": \"new greeting\"}");

    assertThat(published.path("version").asInt()).isEqualTo(2);
    assertThat(published.path("still_running")).hasSize(1);
    assertThat(published.path("still_running").get(0).path("version").asInt()).isEqualTo(1);
    assertThat(published.path("still_running").get(0).path("calls").asInt()).isEqualTo(1);
    assertThat(published.path("message").asString())
        .isEqualTo("Version 2 published. 1 call is still running on version 1; it finishes on it.");
    JsonNode history = admin.get("/api/v1/flows/" + id + "/versions").json().path("versions");
    assertThat(history.get(1).path("live_calls").asInt()).isEqualTo(1);
    assertThat(history.get(0).path("calls").asInt()).isZero();
    JsonNode running = admin.get("/api/v1/calls/" + call).json();
    assertThat(running.path("flow_version").asInt()).isEqualTo(1);
    assertThat(running.path("status").asString()).isNotEqualTo("hangup");
    // what it said came from version 1, before and after the publish
    assertThat(admin.get("/api/v1/calls/" + call + "/transcript").body())
        .contains("Version one speaking.")
        .doesNotContain("Version two speaking.");
  }

  private String placeCall(String flowId) {
    ApiClient.Response placed =
        admin.post(
            "/api/v1/calls",
            """
            {"destination": "%s", "flow_id": "%s", "revision": "published"}
            """
                .formatted(PHONE, flowId));
    assertThat(placed.status()).as(placed.body()).isEqualTo(201);
    return placed.text("call_id");
  }

  private void awaitWaitingOnKey(String call) {
    long deadline = System.nanoTime() + LIMIT.toNanos();
    while (!admin.get("/api/v1/calls/" + call + "/trace").body().contains("\"key\"")) {
      assertThat(System.nanoTime())
          .as("call " + call + " to reach the key node")
          .isLessThan(deadline);
      sleep();
    }
  }

  private String created(String greeting) {
    ApiClient.Response created = admin.post("/api/v1/flows", WAITING.formatted(greeting));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.text("id");
  }

  private void edit(String id, String greeting) {
    ApiClient.Response current = admin.get("/api/v1/flows/" + id);
    ApiClient.Response saved =
        admin.put("/api/v1/flows/" + id, WAITING.formatted(greeting), current.etag());
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
  }

  private JsonNode publish(String id, String body) {
    ApiClient.Response published = admin.post("/api/v1/flows/" + id + "/publish", body);
    assertThat(published.status()).as(published.body()).isEqualTo(200);
    return published.json();
  }

  private static void sleep() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
