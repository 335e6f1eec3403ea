package dev.dialtone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Stopping the application (what SIGTERM does: close the context) takes less than 10 s with a call
 * in progress, and the call is recorded as hung up by us, not left live.
 */
class ShutdownIT {

  // the in-memory database outlives the context (DB_CLOSE_DELAY=-1), so the record can be read
  // after
  private static final String DATABASE = "jdbc:h2:mem:shutdown;DB_CLOSE_DELAY=-1";

  @Test
  void stopsWithinTenSecondsAndHangsUpLiveCalls() throws Exception {
    ConfigurableApplicationContext app =
        new SpringApplicationBuilder(DialtoneApplication.class)
            .run(
                "--spring.datasource.url=" + DATABASE,
                "--DIALTONE_ADMIN_PASSWORD=s3cret-admin",
                "--server.address=127.0.0.1",
                "--server.port=0",
                // prompts play long, so the call is certainly still in progress at shutdown
                "--dialtone.simulator.play-duration=30s");
    String call;
    try {
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      call = placeCall(new ApiClient(port, "admin", "s3cret-admin"));
      assertThat(status(call)).isNotEqualTo("hangup");
    } catch (RuntimeException | Error e) {
      app.close();
      throw e;
    }

    long before = System.nanoTime();
    app.close();
    Duration took = Duration.ofNanos(System.nanoTime() - before);

    System.out.println("ShutdownIT: closing with a live call took " + took.toMillis() + " ms");
    assertThat(took).isLessThan(Duration.ofSeconds(10));
    try (Connection db = DriverManager.getConnection(DATABASE, "sa", "");
        PreparedStatement select =
            db.prepareStatement(
                "select status, hangup_reason, hangup_by from calls where id = ?")) {
      select.setObject(1, UUID.fromString(call));
      try (ResultSet row = select.executeQuery()) {
        assertThat(row.next()).isTrue();
        assertThat(row.getString("status")).isEqualTo("hangup");
        assertThat(row.getString("hangup_reason")).isEqualTo("failed");
        assertThat(row.getString("hangup_by")).isEqualTo("local");
      }
    }
  }

  private static String placeCall(ApiClient admin) throws IOException, InterruptedException {
    String flow;
    try (InputStream in = ShutdownIT.class.getResourceAsStream("/seed-ivr.json")) {
      flow = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String id = admin.post("/api/v1/flows", flow).text("id");
    assertThat(admin.post("/api/v1/flows/" + id + "/publish", "").status()).isEqualTo(200);
    assertThat(
            admin
                .post("/api/v1/numbers", "{\"number\": \"+15550100\", \"flow_id\": \"" + id + "\"}")
                .status())
        .isEqualTo(201);
    String call =
        admin
            .post("/api/v1/simulator/calls", "{\"from\": \"+15550199\", \"to\": \"+15550100\"}")
            .text("call_id");
    // live once the flow has started talking to the caller
    for (int i = 0; i < 200; i++) {
      if (admin.get("/api/v1/calls/" + call + "/transcript").json().path("events").size() >= 1) {
        return call;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("call " + call + " never started");
  }

  private static String status(String call) throws SQLException {
    try (Connection db = DriverManager.getConnection(DATABASE, "sa", "");
        PreparedStatement select = db.prepareStatement("select status from calls where id = ?")) {
      select.setObject(1, UUID.fromString(call));
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? row.getString(1) : null;
      }
    }
  }
}
