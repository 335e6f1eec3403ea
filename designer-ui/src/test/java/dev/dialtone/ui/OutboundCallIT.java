package dev.dialtone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.runtime.users.Role;
import dev.dialtone.runtime.users.UserRepository;
import dev.dialtone.telephony.sim.SimulatedTelephony;
import dev.dialtone.telephony.sim.VirtualPhone;
import dev.dialtone.telephony.sim.VirtualPhone.Behavior;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

/**
 * {@code POST /api/v1/calls} on the simulated telephony: its virtual phones answer, are busy or
 * never answer; the record follows the dial progress and the flow runs once the phone answers.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:outbound;DB_CLOSE_DELAY=-1",
      "DIALTONE_ADMIN_PASSWORD=s3cret-admin",
      "server.address=127.0.0.1",
      "dialtone.simulator.chars-per-second=2000",
      "dialtone.calls.dial-timeout=400ms",
      "dialtone.calls.caller-id=+15550001"
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboundCallIT {

  private static final Duration LIMIT = Duration.ofSeconds(20);
  private static final String HELLO =
      """
      {"format": "dialtone.flow/1", "name": "Hello",
       "nodes": [{"id": "start", "type": "start"},
                 {"id": "hello", "type": "talk", "options": {"text": "Hello from Dialtone."}},
                 {"id": "bye", "type": "hangup"}],
       "edges": [{"from": "start", "to": "hello"}, {"from": "hello", "to": "bye"}]}
      """;
  private static final String BROKEN =
      """
      {"format": "dialtone.flow/1", "name": "Broken",
       "nodes": [{"id": "start", "type": "start"}, {"id": "hello", "type": "talk",
                  "options": {"text": "Hi"}}],
       "edges": []}
      """;

  @LocalServerPort int port;
  @Autowired SimulatedTelephony telephony;
  @Autowired UserRepository users;
  @Autowired PasswordEncoder encoder;

  ApiClient admin;
  String flowId;
  String unpublishedId;
  String brokenId;

  @BeforeAll
  void setUp() {
    admin = new ApiClient(port, "admin", "s3cret-admin");
    users.create("outbound-viewer", encoder.encode("viewer-pass"), Role.VIEWER);
    flowId = admin.post("/api/v1/flows", HELLO).text("id");
    assertThat(admin.post("/api/v1/flows/" + flowId + "/publish", "").status()).isEqualTo(200);
    unpublishedId = admin.post("/api/v1/flows", HELLO).text("id");
    brokenId = admin.post("/api/v1/flows", BROKEN).text("id");
    phone("+15550701", Behavior.ANSWER);
    phone("+15550702", Behavior.BUSY);
    phone("+15550703", Behavior.NOANSWER);
    phone("+15550704", Behavior.REJECT);
  }

  private void phone(String number, Behavior behavior) {
    telephony.phones().put(new VirtualPhone(number, behavior, Duration.ofMillis(50), null));
  }

  @Test
  void anAnsweredCallRunsTheFlow() {
    JsonNode call = placeAndAwaitHangup("+15550701", flowId, "published");

    assertThat(call.path("direction").asString()).isEqualTo("outgoing");
    assertThat(call.path("from").asString()).isEqualTo("+15550001");
    assertThat(call.path("to").asString()).isEqualTo("+15550701");
    assertThat(call.path("flow_version").asInt()).isEqualTo(1);
    assertThat(call.path("hangup_reason").asString()).isEqualTo("normal");
    assertThat(call.path("hangup_by").asString()).isEqualTo("local");
    assertThat(call.path("tm_ringing").isNull()).isFalse();
    assertThat(call.path("tm_progressing").isNull()).isFalse();
    String id = call.path("id").asString();
    JsonNode transcript = admin.get("/api/v1/calls/" + id + "/transcript").json().path("events");
    assertThat(transcript.get(0).path("text").asString()).isEqualTo("Hello from Dialtone.");
    List<String> nodes = new ArrayList<>();
    admin
        .get("/api/v1/calls/" + id + "/trace")
        .json()
        .path("steps")
        .forEach(step -> nodes.add(step.path("node_id").asString()));
    assertThat(nodes).containsExactly("start", "hello", "bye");
  }

  @Test
  void theStoredDraftRunsWhenAsked() {
    JsonNode call = placeAndAwaitHangup("+15550701", unpublishedId, "draft");

    assertThat(call.path("revision").asString()).isEqualTo("draft");
    assertThat(call.path("hangup_reason").asString()).isEqualTo("normal");
  }

  @ParameterizedTest
  @CsvSource({
    "+15550702, busy, remote",
    "+15550703, dialout, local",
    "+15550704, noanswer, remote"
  })
  void aCallThatIsNotAnsweredEndsWithTheReasonFromTheDialProgress(
      String number, String reason, String by) {
    JsonNode call = placeAndAwaitHangup(number, flowId, "published");

    assertThat(call.path("hangup_reason").asString()).isEqualTo(reason);
    assertThat(call.path("hangup_by").asString()).isEqualTo(by);
    assertThat(call.path("tm_progressing").isNull()).isTrue();
    assertThat(
            admin
                .get("/api/v1/calls/" + call.path("id").asString() + "/transcript")
                .json()
                .path("events"))
        .isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          {"destination": "5550701", "flow_id": "%s", "revision": "published"}          | destination | invalid_number
          {"destination": "+15550701", "flow_id": "%s", "revision": "latest"}           | revision    | unknown_revision
          {"destination": "+15550701", "revision": "published"}                         | flow_id     | missing_value
          {"destination": "+15550701", "flow_id": "nope", "revision": "published"}      | flow_id     | invalid_id
          {"destination": "+15550701", "flow_id": "UNKNOWN", "revision": "published"}   | flow_id     | unknown_flow
          {"destination": "+15550701", "flow_id": "UNPUBLISHED", "revision": "published"} | revision  | not_published
          """)
  void aBadRequestIsRefusedNamingTheFieldAndDialsNobody(String body, String field, String code) {
    int before = admin.get("/api/v1/calls").json().path("calls").size();
    String request =
        body.formatted(flowId)
            .replace("UNKNOWN", "00000000-0000-0000-0000-000000000001")
            .replace("UNPUBLISHED", unpublishedId);

    ApiClient.Response response = admin.post("/api/v1/calls", request);

    assertThat(response.status()).isEqualTo(400);
    JsonNode problem = response.json().path("problems").get(0);
    assertThat(problem.path("field").asString()).isEqualTo(field);
    assertThat(problem.path("code").asString()).isEqualTo(code);
    assertThat(admin.get("/api/v1/calls").json().path("calls").size()).isEqualTo(before);
  }

  @Test
  void aDraftWithProblemsIsRefusedWithThem() {
    ApiClient.Response response =
        admin.post(
            "/api/v1/calls",
            """
            {"destination": "+15550701", "flow_id": "%s", "revision": "draft"}
            """
                .formatted(brokenId));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("problems").get(0).path("node_id").isNull()).isFalse();
  }

  @Test
  void onlyEditorsMayCallAPhone() {
    ApiClient viewer = new ApiClient(port, "outbound-viewer", "viewer-pass");
    String body =
        """
        {"destination": "+15550701", "flow_id": "%s", "revision": "published"}
        """
            .formatted(flowId);

    assertThat(viewer.post("/api/v1/calls", body).status()).isEqualTo(403);
    assertThat(new ApiClient(port, null, null).post("/api/v1/calls", body).status()).isEqualTo(401);
  }

  private JsonNode placeAndAwaitHangup(String number, String flow, String revision) {
    ApiClient.Response placed =
        admin.post(
            "/api/v1/calls",
            """
            {"destination": "%s", "flow_id": "%s", "revision": "%s"}
            """
                .formatted(number, flow, revision));
    assertThat(placed.status()).as(placed.body()).isEqualTo(201);
    String id = placed.text("call_id");
    long deadline = System.nanoTime() + LIMIT.toNanos();
    while (true) {
      ApiClient.Response call = admin.get("/api/v1/calls/" + id);
      if (call.status() == 200
          && call.text("status").equals("hangup")
          && !call.json().path("hangup_reason").isNull()) {
        return call.json();
      }
      assertThat(System.nanoTime()).as("call " + id + " to hang up").isLessThan(deadline);
      sleep();
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
