package dev.dialtone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.runtime.simulator.SimulatorService;
import dev.dialtone.runtime.users.Role;
import dev.dialtone.runtime.users.UserRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/** Health is open (details for admins only); metrics and everything else are for admins. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:actuator;DB_CLOSE_DELAY=-1",
      "DIALTONE_ADMIN_PASSWORD=s3cret-admin",
      "server.address=127.0.0.1",
      "dialtone.simulator.chars-per-second=2000"
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActuatorIT {

  @LocalServerPort int port;
  @Autowired UserRepository users;
  @Autowired PasswordEncoder encoder;
  @Autowired SimulatorService simulator;

  ApiClient admin;
  ApiClient anonymous;

  @BeforeAll
  void setUp() {
    admin = new ApiClient(port, "admin", "s3cret-admin");
    anonymous = new ApiClient(port, null, null);
    users.create("actuator-editor", encoder.encode("editor-pass"), Role.EDITOR);
  }

  @Test
  void anyoneMayAskForHealthButSeesNoDetails() {
    ApiClient.Response health = anonymous.get("/actuator/health");

    assertThat(health.status()).isEqualTo(200);
    assertThat(health.text("status")).isEqualTo("UP");
    assertThat(health.json().has("components")).isFalse();
  }

  @Test
  void anAdminSeesTheDatabaseAndTheEngine() {
    JsonNode components = admin.get("/actuator/health").json().path("components");

    assertThat(components.path("db").path("status").asString()).isEqualTo("UP");
    assertThat(components.path("engine").path("status").asString()).isEqualTo("UP");
    assertThat(components.path("engine").path("details").path("partitions").asInt()).isPositive();
  }

  @Test
  void prometheusIsForAdminsOnly() {
    assertThat(anonymous.get("/actuator/prometheus").status()).isEqualTo(401);
    assertThat(
            new ApiClient(port, "actuator-editor", "editor-pass")
                .get("/actuator/prometheus")
                .status())
        .isEqualTo(403);
    assertThat(anonymous.get("/actuator/env").status()).isEqualTo(401);
  }

  @Test
  void prometheusShowsLegsCallsByReasonAndDeadAir() throws InterruptedException {
    simulator.call("+15550199", "+15550999"); // rejected: ends as failed
    String metrics = "";
    for (int i = 0; i < 200 && !metrics.contains("reason=\"failed\""); i++) {
      Thread.sleep(25);
      metrics = admin.get("/actuator/prometheus").body();
    }

    assertThat(metrics)
        .contains("dialtone_active_legs ")
        .contains("dialtone_calls_total{reason=\"failed\"}")
        .contains("dialtone_dead_air_seconds_bucket");
  }
}
