package dev.dialtone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Flow work that runs past its deadline is stopped and answered with 503 and the problems JSON
 * naming the limit; nothing is published. The deadline here is so short that any compile misses it.
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
    String flow;
    try (InputStream in = getClass().getResourceAsStream("/seed-ivr.json")) {
      flow = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String id = admin.post("/api/v1/flows", flow).text("id");

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
}
