package dev.dialtone.ui.editor.testcall;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Server push is on and reachable through the security chain: the browser can load the push client
 * and open its WebSocket (a login redirect would refuse the upgrade). Vaadin's push handler itself
 * checks the session and the UI's push id before it sends anything.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:test-call-ui;DB_CLOSE_DELAY=-1",
      "DIALTONE_ADMIN_PASSWORD=s3cret-admin",
      "server.address=127.0.0.1",
      "dialtone.simulator.chars-per-second=2000",
      "dialtone.simulator.play-duration=20ms"
    })
class PushIT {

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void theBrowserCanLoadThePushClient() throws Exception {
    HttpResponse<String> script =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://127.0.0.1:" + port + "/VAADIN/static/push/vaadinPush-min.js"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.body()).contains("atmosphere");
  }

  @Test
  void thePushEndpointAcceptsAWebSocket() throws Exception {
    WebSocket socket =
        http.newWebSocketBuilder()
            .buildAsync(
                URI.create("ws://127.0.0.1:" + port + "/VAADIN/push?v-r=push"),
                new WebSocket.Listener() {})
            .get(10, TimeUnit.SECONDS);

    socket.abort();
  }
}
