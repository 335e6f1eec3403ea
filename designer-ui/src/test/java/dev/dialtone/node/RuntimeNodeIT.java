package dev.dialtone.node;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.runtime.users.Role;
import dev.dialtone.runtime.users.UserRepository;
import dev.dialtone.runtime.workers.JobDispatcher;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The jar's runtime-only role: workers and monitoring, no designer. */
class RuntimeNodeIT {

  private static ConfigurableApplicationContext node;
  private static int port;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    node =
        new SpringApplication(RuntimeNodeApplication.class)
            .run(
                "--dialtone.role=runtime",
                "--spring.datasource.url=jdbc:h2:mem:runtime-node;DB_CLOSE_DELAY=-1",
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--spring.main.banner-mode=off");
    port = ((WebServerApplicationContext) node).getWebServer().getPort();
    node.getBean(UserRepository.class)
        .create("ops", node.getBean(PasswordEncoder.class).encode("ops-pass"), Role.ADMIN);
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  @Test
  void theRoleIsPickedByArgumentOrEnvironment() {
    assertThat(RuntimeNodeApplication.requested(new String[] {"--dialtone.role=runtime"}, Map.of()))
        .isTrue();
    assertThat(RuntimeNodeApplication.requested(new String[0], Map.of("DIALTONE_ROLE", "runtime")))
        .isTrue();
    assertThat(RuntimeNodeApplication.requested(new String[0], Map.of())).isFalse();
  }

  @Test
  void itRunsTheJobWorkersAndNoDesigner() throws Exception {
    assertThat(node.getBean(JobDispatcher.class).isRunning()).isTrue();
    assertThat(node.getBeanNamesForType(com.vaadin.flow.server.VaadinServlet.class)).isEmpty();
    assertThat(node.containsBean("flowsController")).isFalse();

    assertThat(get("/", null).statusCode()).isIn(401, 403);
    assertThat(get("/api/v1/flows", "ops:ops-pass").statusCode()).isEqualTo(403);
  }

  @Test
  void healthIsOpenAndMetricsAreForAdmins() throws Exception {
    HttpResponse<String> health = get("/actuator/health", null);
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"UP\"");

    assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
    HttpResponse<String> metrics = get("/actuator/prometheus", "ops:ops-pass");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("dialtone_");
  }

  private static HttpResponse<String> get(String path, String credentials) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    if (credentials != null) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
