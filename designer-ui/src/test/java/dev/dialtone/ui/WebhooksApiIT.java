package dev.dialtone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.telephony.sim.SimulatedTelephony;
import dev.dialtone.telephony.sim.VirtualPhone;
import dev.dialtone.telephony.sim.VirtualPhone.Behavior;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Webhook settings over REST: checked input, the secret never shown, a call's deliveries. */
@SecuredAppIT
class WebhooksApiIT {

  private static final String SECRET = "0123456789abcdef-secret";
  private static final String HELLO =
      """
      {"format": "dialtone.flow/1", "name": "Hooked",
       "nodes": [{"id": "start", "type": "start"},
                 {"id": "hello", "type": "talk", "options": {"text": "Hi."}},
                 {"id": "bye", "type": "hangup"}],
       "edges": [{"from": "start", "to": "hello"}, {"from": "hello", "to": "bye"}]}
      """;

  @LocalServerPort int port;
  @Autowired SimulatedTelephony telephony;

  ApiClient admin() {
    return new ApiClient(port, "admin", "s3cret-admin");
  }

  @Test
  void badInputIsRefusedWithEveryProblemAndNothingIsStored() {
    String flowId = admin().post("/api/v1/flows", HELLO).text("id");
    String path = "/api/v1/flows/" + flowId + "/webhook";

    ApiClient.Response refused =
        admin().put(path, "{\"url\": \"ftp://example.com/x\", \"secret\": \"short\"}", null);

    assertThat(refused.status()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    refused.json().path("problems").forEach(p -> fields.add(p.path("field").asString()));
    assertThat(fields).containsExactlyInAnyOrder("url", "secret");
    assertThat(refused.body()).contains("http://", "at least 16");
    assertThat(admin().get(path).status()).isEqualTo(404);
    assertThat(admin().put(path, "{\"url\": 5, \"secret\": []}", null).status()).isEqualTo(400);
    assertThat(admin().put(path, "", null).status()).isEqualTo(400);
    assertThat(admin().get(path).status()).isEqualTo(404);
  }

  @Test
  void aFlowsWebhookIsSetReadWithoutItsSecretAndRemoved() {
    String flowId = admin().post("/api/v1/flows", HELLO).text("id");
    String path = "/api/v1/flows/" + flowId + "/webhook";

    ApiClient.Response put =
        admin()
            .put(
                path,
                "{\"url\": \"https://hooks.example/in\", \"secret\": \"" + SECRET + "\"}",
                null);

    assertThat(put.status()).isEqualTo(200);
    ApiClient.Response read = admin().get(path);
    assertThat(read.text("url")).isEqualTo("https://hooks.example/in");
    assertThat(read.json().path("secret_set").asBoolean()).isTrue();
    assertThat(read.body()).doesNotContain(SECRET);
    assertThat(put.body()).doesNotContain(SECRET);
    assertThat(admin().delete(path).status()).isEqualTo(204);
    assertThat(admin().get(path).status()).isEqualTo(404);
    assertThat(admin().delete(path).status()).isEqualTo(404);
    assertThat(admin().get("/api/v1/flows/" + UUID.randomUUID() + "/webhook").status())
        .isEqualTo(404);
  }

  @Test
  void aCallsDeliveriesShowEachEventAndItsAttempts() throws InterruptedException {
    String flowId = admin().post("/api/v1/flows", HELLO).text("id");
    assertThat(admin().post("/api/v1/flows/" + flowId + "/publish", "").status()).isEqualTo(200);
    // nothing listens on port 9 of loopback: every attempt fails with a connection error
    admin()
        .put(
            "/api/v1/flows/" + flowId + "/webhook",
            "{\"url\": \"http://127.0.0.1:9/hook\", \"secret\": \"" + SECRET + "\"}",
            null);
    telephony
        .phones()
        .put(new VirtualPhone("+15550811", Behavior.ANSWER, Duration.ofMillis(50), null));
    String callId =
        admin()
            .post(
                "/api/v1/calls",
                "{\"destination\": \"+15550811\", \"flow_id\": \""
                    + flowId
                    + "\", \"revision\": \"published\"}")
            .text("call_id");

    JsonNode first = null;
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode deliveries = admin().get("/api/v1/calls/" + callId + "/webhooks").json();
      first = deliveries.path("deliveries").path(0);
      if (first.path("attempts").asInt() >= 1) {
        break;
      }
      Thread.sleep(100);
    }

    assertThat(first.path("event").asString()).isEqualTo("call_created");
    assertThat(first.path("status").asString()).isEqualTo("pending");
    assertThat(first.path("url").asString()).isEqualTo("http://127.0.0.1:9/hook");
    JsonNode attempt = first.path("history").path(0);
    assertThat(attempt.path("attempt").asInt()).isEqualTo(1);
    assertThat(attempt.path("status_code").isNull()).isTrue();
    assertThat(attempt.path("error").asString()).isNotBlank();
    assertThat(admin().get("/api/v1/calls/" + UUID.randomUUID() + "/webhooks").status())
        .isEqualTo(404);
  }
}
