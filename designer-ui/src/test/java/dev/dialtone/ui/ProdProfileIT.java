package dev.dialtone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The prod profile switches the simulator's endpoints off: they answer 404 like any unknown path.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:prod;DB_CLOSE_DELAY=-1",
      "DIALTONE_ADMIN_PASSWORD=s3cret-admin",
      "server.address=127.0.0.1"
    })
@ActiveProfiles("prod")
class ProdProfileIT {

  @LocalServerPort int port;

  @Test
  void simulatorEndpointsAreOff() {
    ApiClient admin = new ApiClient(port, "admin", "s3cret-admin");

    ApiClient.Response call =
        admin.post("/api/v1/simulator/calls", "{\"from\": \"+15550199\", \"to\": \"+15550100\"}");

    assertThat(call.status()).isEqualTo(404);
    assertThat(call.body()).contains("not_found");
    assertThat(admin.get("/api/v1/simulator/phones").status()).isEqualTo(404);
    assertThat(admin.get("/api/v1/flows").status()).isEqualTo(200);
  }
}
