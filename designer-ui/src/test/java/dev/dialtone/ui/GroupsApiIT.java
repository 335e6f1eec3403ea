package dev.dialtone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.runtime.calls.CallJournal;
import dev.dialtone.runtime.dialing.DialResult;
import dev.dialtone.runtime.dialing.DialTree;
import dev.dialtone.runtime.dialing.Dialing;
import dev.dialtone.runtime.dialing.GroupTrees;
import dev.dialtone.runtime.legs.CallLeg;
import dev.dialtone.runtime.legs.CallLegRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Groups and virtual phones over REST, and a groupcall's legs on the caller's call record. */
@SecuredAppIT
class GroupsApiIT {

  private static final String HOLD =
      """
      {"format": "dialtone.flow/1", "name": "Hold for a groupcall",
       "nodes": [{"id": "start", "type": "start"},
                 {"id": "hold", "type": "digits",
                  "options": {"timeout_ms": 600000, "max_digits": 1, "variable": "digits"}},
                 {"id": "bye", "type": "hangup"}],
       "edges": [{"from": "start", "to": "hold"}, {"from": "hold", "to": "bye"}]}
      """;

  @LocalServerPort int port;
  @Autowired Dialing dialing;
  @Autowired GroupTrees trees;
  @Autowired CallLegRegistry legs;
  @Autowired CallJournal journal;

  ApiClient admin() {
    return new ApiClient(port, "admin", "s3cret-admin");
  }

  @Test
  void nestedGroupsAreStoredReadUpdatedAndDeletedInnerLast() {
    String inner =
        admin()
            .post(
                "/api/v1/groups",
                "{\"name\": \"api-support\", \"ring_method\": \"linear\", \"destinations\":"
                    + " [{\"type\": \"tel\", \"target\": \"+15550001\"},"
                    + " {\"type\": \"endpoint\", \"target\": \"PJSIP/alice\"}]}")
            .text("id");
    ApiClient.Response outer =
        admin()
            .post(
                "/api/v1/groups",
                "{\"name\": \"api-sales\", \"ring_method\": \"ring_all\", \"dial_timeout_ms\":"
                    + " 5000, \"destinations\": [{\"type\": \"group\", \"target\": \""
                    + inner
                    + "\"}]}");

    assertThat(outer.status()).isEqualTo(201);
    String outerId = outer.text("id");
    ApiClient.Response read = admin().get("/api/v1/groups/" + inner);
    assertThat(read.text("ring_method")).isEqualTo("linear");
    assertThat(read.json().path("dial_timeout_ms").asInt()).isEqualTo(30000);
    assertThat(read.json().path("destinations").get(1).path("target").asString())
        .isEqualTo("PJSIP/alice");

    ApiClient.Response cycle =
        admin()
            .put(
                "/api/v1/groups/" + inner,
                "{\"name\": \"api-support\", \"ring_method\": \"linear\", \"destinations\":"
                    + " [{\"type\": \"group\", \"target\": \""
                    + outerId
                    + "\"}]}",
                null);
    assertThat(cycle.status()).isEqualTo(400);
    assertThat(cycle.body()).contains("api-support → api-sales → api-support");
    assertThat(admin().get("/api/v1/groups/" + inner).body()).contains("+15550001");

    ApiClient.Response contained = admin().delete("/api/v1/groups/" + inner);
    assertThat(contained.status()).isEqualTo(409);
    assertThat(contained.body()).contains("group 'api-sales'");
    assertThat(admin().delete("/api/v1/groups/" + outerId).status()).isEqualTo(204);
    assertThat(admin().delete("/api/v1/groups/" + inner).status()).isEqualTo(204);
    assertThat(admin().get("/api/v1/groups/" + inner).status()).isEqualTo(404);
  }

  @Test
  void badGroupsAreRefusedWithEveryProblemAndNothingIsStored() {
    ApiClient.Response refused =
        admin()
            .post(
                "/api/v1/groups",
                "{\"name\": \"api-bad\", \"ring_method\": \"all\", \"dial_timeout_ms\": -1,"
                    + " \"destinations\": [{\"type\": \"tel\", \"target\": \"555-0100\"},"
                    + " {\"type\": \"group\", \"target\": \""
                    + UUID.randomUUID()
                    + "\"}]}");

    assertThat(refused.status()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    refused.json().path("problems").forEach(p -> fields.add(p.path("field").asString()));
    assertThat(fields)
        .containsExactly(
            "ring_method", "dial_timeout_ms", "destinations[0].target", "destinations[1].target");
    assertThat(
            admin()
                .post(
                    "/api/v1/groups",
                    "{\"name\": \"api-empty\", \"ring_method\": \"linear\", \"destinations\": []}")
                .status())
        .isEqualTo(400);
    assertThat(admin().get("/api/v1/groups").body()).doesNotContain("api-bad", "api-empty");
    assertThat(new ApiClient(port, null, null).get("/api/v1/groups").status()).isEqualTo(401);
  }

  @Test
  void virtualPhonesAreAddedListedAndRemoved() {
    ApiClient.Response added =
        admin()
            .post(
                "/api/v1/simulator/phones",
                "{\"address\": \"+15550901\", \"behavior\": \"busy\", \"after_ms\": 100}");

    assertThat(added.status()).isEqualTo(201);
    assertThat(added.text("behavior")).isEqualTo("busy");
    assertThat(admin().get("/api/v1/simulator/phones").body()).contains("+15550901");
    ApiClient.Response bad =
        admin()
            .post(
                "/api/v1/simulator/phones",
                "{\"address\": \"+15550902\", \"behavior\": \"sleep\", \"after_ms\": 100}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("behavior", "sleep");
    assertThat(admin().delete("/api/v1/simulator/phones/+15550901").status()).isEqualTo(204);
    assertThat(admin().delete("/api/v1/simulator/phones/+15550901").status()).isEqualTo(404);
    assertThat(admin().get("/api/v1/simulator/phones").body()).doesNotContain("+15550901");
  }

  @Test
  void theCallersRecordListsTheLegsAGroupcallChainedToIt() throws Exception {
    String flow = admin().post("/api/v1/flows", HOLD).text("id");
    assertThat(admin().post("/api/v1/flows/" + flow + "/publish", "").status()).isEqualTo(200);
    admin().post("/api/v1/numbers", "{\"number\": \"+15550910\", \"flow_id\": \"" + flow + "\"}");
    admin()
        .post(
            "/api/v1/simulator/phones",
            "{\"address\": \"+15550911\", \"behavior\": \"answer\", \"after_ms\": 50, \"talk_ms\": 100}");
    String group =
        admin()
            .post(
                "/api/v1/groups",
                "{\"name\": \"api-chain\", \"ring_method\": \"linear\", \"dial_timeout_ms\": 5000,"
                    + " \"destinations\": [{\"type\": \"tel\", \"target\": \"+15550911\"}]}")
            .text("id");
    UUID caller =
        UUID.fromString(
            admin()
                .post("/api/v1/simulator/calls", "{\"from\": \"+15550199\", \"to\": \"+15550910\"}")
                .text("call_id"));
    CallLeg leg = waitAtHold(caller);

    DialTree.Group tree = trees.resolve(UUID.fromString(group));
    DialResult result = dialing.dial(leg, tree).result().get(30, TimeUnit.SECONDS);
    journal.flush();

    assertThat(result.outcome()).isEqualTo(DialResult.Outcome.ANSWERED);
    ApiClient.Response master = admin().get("/api/v1/calls/" + caller);
    assertThat(master.json().path("chained_call_ids").get(0).asString())
        .isEqualTo(result.answeredCallId().toString());
    ApiClient.Response chained = admin().get("/api/v1/calls/" + result.answeredCallId());
    assertThat(chained.text("master_call_id")).isEqualTo(caller.toString());
    assertThat(chained.text("hangup_reason")).isEqualTo("normal");
    admin().post("/api/v1/simulator/calls/" + caller + "/hangup", "");
  }

  private CallLeg waitAtHold(UUID call) throws InterruptedException {
    for (int i = 0; i < 3000; i++) {
      var leg = legs.byCallId(call).filter(l -> "hold".equals(l.currentNodeId()));
      if (leg.isPresent()) {
        return leg.get();
      }
      Thread.sleep(10);
    }
    throw new AssertionError("call " + call + " never reached the hold node");
  }
}
