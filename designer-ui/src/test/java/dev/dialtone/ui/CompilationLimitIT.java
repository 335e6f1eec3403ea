package dev.dialtone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Flow work that runs past its deadline is stopped and answered with 503 and the problems JSON
 * naming the limit; nothing is published. The deadline here (1 ms) is far below what compiling a
 * 1,500-node flow takes on any machine (tens of milliseconds), so the deadline always wins; a small
 * flow once compiled inside 1 ms on a fast CI machine.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:compilationlimit;DB_CLOSE_DELAY=-1",
      "DIALTONE_ADMIN_PASSWORD=s3cret-admin",
      "server.address=127.0.0.1",
      "dialtone.compilation.timeout=1ms"
    })
class CompilationLimitIT {

  @LocalServerPort int port;

  @Test
  void compilingPastTheDeadlineAnswers503NamingTheLimitAndPublishesNothing() throws IOException {
    ApiClient admin = new ApiClient(port, "admin", "s3cret-admin");
    String id = admin.post("/api/v1/flows", longChain(1500)).text("id");

    ApiClient.Response bpmn = admin.get("/api/v1/flows/" + id + "/bpmn");
    ApiClient.Response publish = admin.post("/api/v1/flows/" + id + "/publish", "");

    for (ApiClient.Response response : new ApiClient.Response[] {bpmn, publish}) {
      assertThat(response.status()).isEqualTo(503);
      assertThat(response.contentType()).startsWith("application/json");
      assertThat(response.header("Retry-After")).isEqualTo("1");
      assertThat(response.json().path("problems").get(0).path("code").asString())
          .isEqualTo("compilation_timeout");
      assertThat(response.json().path("problems").get(0).path("message").asString())
          .contains("dialtone.compilation.timeout");
    }
    assertThat(admin.get("/api/v1/flows/" + id + "/bpmn?revision=published").status())
        .isEqualTo(404);
  }

  /** start → talk × n → hangup, one straight chain. */
  private static String longChain(int talks) {
    StringBuilder nodes = new StringBuilder("{\"id\":\"start\",\"type\":\"start\"}");
    StringBuilder edges = new StringBuilder();
    String previous = "start";
    for (int i = 1; i <= talks; i++) {
      String id = "t" + i;
      nodes
          .append(",{\"id\":\"")
          .append(id)
          .append("\",\"type\":\"talk\",\"options\":{\"text\":\"Step ")
          .append(i)
          .append("\"}}");
      appendEdge(edges, previous, id);
      previous = id;
    }
    nodes.append(",{\"id\":\"bye\",\"type\":\"hangup\"}");
    appendEdge(edges, previous, "bye");
    return "{\"format\":\"dialtone.flow/1\",\"name\":\"Long chain\",\"nodes\":["
        + nodes
        + "],\"edges\":["
        + edges
        + "]}";
  }

  private static void appendEdge(StringBuilder edges, String from, String to) {
    if (!edges.isEmpty()) {
      edges.append(',');
    }
    edges.append("{\"from\":\"").append(from).append("\",\"to\":\"").append(to).append("\"}");
  }
}
