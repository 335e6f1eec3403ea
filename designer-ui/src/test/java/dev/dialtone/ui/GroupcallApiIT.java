package dev.dialtone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The groupcall node through the API: a reference to a group that does not exist is a problem of
 * the draft and stops publishing; a group a published flow uses cannot be deleted; a call through
 * the node shows its legs on the caller's record.
 */
@SecuredAppIT
class GroupcallApiIT {

  @LocalServerPort int port;

  ApiClient admin() {
    return new ApiClient(port, "admin", "s3cret-admin");
  }

  private static String flow(String name, String groupcallOptions) {
    return """
        {"format": "dialtone.flow/1", "name": "%s",
         "nodes": [{"id": "start", "type": "start"},
                   {"id": "team", "type": "groupcall", "options": %s},
                   {"id": "bye", "type": "hangup"}],
         "edges": [{"from": "start", "to": "team"},
                   {"from": "team", "port": "answered", "to": "bye"},
                   {"from": "team", "port": "no_answer", "to": "bye"}]}
        """
        .formatted(name, groupcallOptions);
  }

  @Test
  void aGroupThatDoesNotExistIsADraftProblemAndPublishIsRefused() {
    String missing = UUID.randomUUID().toString();
    ApiClient.Response created =
        admin()
            .post("/api/v1/flows", flow("api-missing-group", "{\"group\": \"" + missing + "\"}"));

    assertThat(created.status()).isEqualTo(201);
    JsonNode problem = created.json().path("problems").get(0);
    assertThat(problem.path("code").asString()).isEqualTo("unknown_group");
    assertThat(problem.path("node_id").asString()).isEqualTo("team");
    assertThat(problem.path("field").asString()).isEqualTo("group");
    assertThat(problem.path("message").asString())
        .isEqualTo("groupcall node 'team': group '" + missing + "' does not exist");

    ApiClient.Response publish =
        admin().post("/api/v1/flows/" + created.text("id") + "/publish", "");
    assertThat(publish.status()).isEqualTo(400);
    assertThat(publish.body()).contains("unknown_group", missing);
  }

  @Test
  void aGroupAPublishedFlowUsesCannotBeDeleted() {
    String group =
        admin()
            .post(
                "/api/v1/groups",
                "{\"name\": \"api-used\", \"ring_method\": \"ring_all\", \"destinations\":"
                    + " [{\"type\": \"tel\", \"target\": \"+15550931\"}]}")
            .text("id");
    String flow =
        admin()
            .post("/api/v1/flows", flow("api-uses-group", "{\"group\": \"" + group + "\"}"))
            .text("id");
    assertThat(admin().post("/api/v1/flows/" + flow + "/publish", "").status()).isEqualTo(200);

    ApiClient.Response refused = admin().delete("/api/v1/groups/" + group);

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.body()).contains("flow 'api-uses-group'");
    assertThat(admin().get("/api/v1/groups/" + group).status()).isEqualTo(200);
  }

  @Test
  void aCallThroughTheNodeListsItsLegsOnTheCallersRecord() throws Exception {
    admin()
        .post(
            "/api/v1/simulator/phones",
            "{\"address\": \"+15550932\", \"behavior\": \"noanswer\", \"after_ms\": 0}");
    admin()
        .post(
            "/api/v1/simulator/phones",
            "{\"address\": \"+15550933\", \"behavior\": \"answer\", \"after_ms\": 50,"
                + " \"talk_ms\": 100}");
    String flow =
        admin()
            .post(
                "/api/v1/flows",
                flow(
                    "api-rings-two",
                    "{\"dial_timeout_ms\": 20000, \"destinations\": [{\"type\": \"tel\", \"target\":"
                        + " \"+15550932\"}, {\"type\": \"tel\", \"target\": \"+15550933\"}]}"))
            .text("id");
    assertThat(admin().post("/api/v1/flows/" + flow + "/publish", "").status()).isEqualTo(200);
    admin().post("/api/v1/numbers", "{\"number\": \"+15550930\", \"flow_id\": \"" + flow + "\"}");

    String caller =
        admin()
            .post("/api/v1/simulator/calls", "{\"from\": \"+15550199\", \"to\": \"+15550930\"}")
            .text("call_id");

    JsonNode record = awaitHangup(caller);
    assertThat(record.path("chained_call_ids").size()).isEqualTo(2);
    for (JsonNode leg : record.path("chained_call_ids")) {
      JsonNode chained = admin().get("/api/v1/calls/" + leg.asString()).json();
      assertThat(chained.path("master_call_id").asString()).isEqualTo(caller);
      assertThat(chained.path("hangup_reason").asString()).isIn("normal", "cancel");
    }
    assertThat(awaitStep(caller, "team")).isEqualTo("answered");
  }

  /** The outcome of the node's trace step once it is written. */
  private String awaitStep(String call, String nodeId) throws InterruptedException {
    for (int i = 0; i < 6000; i++) {
      for (JsonNode step : admin().get("/api/v1/calls/" + call + "/trace").json().path("steps")) {
        if (nodeId.equals(step.path("node_id").asString()) && step.hasNonNull("outcome")) {
          return step.path("outcome").asString();
        }
      }
      Thread.sleep(10);
    }
    throw new AssertionError("node " + nodeId + " of call " + call + " never ended");
  }

  private JsonNode awaitHangup(String call) throws InterruptedException {
    for (int i = 0; i < 6000; i++) {
      ApiClient.Response response = admin().get("/api/v1/calls/" + call);
      if (response.status() == 200
          && "hangup".equals(response.text("status"))
          && response.json().path("chained_call_ids").size() == 2) {
        return response.json();
      }
      Thread.sleep(10);
    }
    throw new AssertionError("call " + call + " never ended");
  }
}
