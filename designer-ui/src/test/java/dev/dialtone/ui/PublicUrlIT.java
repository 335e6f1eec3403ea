package dev.dialtone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The Host header a client sends never ends up in a redirect: the configured base URL does. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:publicurl;DB_CLOSE_DELAY=-1",
      "DIALTONE_ADMIN_PASSWORD=s3cret-admin",
      "server.address=127.0.0.1",
      "dialtone.public-url=https://dialtone.example.org/"
    })
class PublicUrlIT {

  @LocalServerPort int port;

  @Test
  void loginRedirectGoesToThePublicUrlWhateverTheHostHeader() throws IOException {
    String response = rawGet("/flows", "evil.example");

    assertThat(response).startsWith("HTTP/1.1 302");
    assertThat(location(response)).isEqualTo("https://dialtone.example.org/login");
    assertThat(response).doesNotContain("evil.example");
  }

  @Test
  void swaggerUiLoginRedirectToo() throws IOException {
    String response = rawGet("/swagger-ui/index.html", "evil.example:8443");

    assertThat(location(response)).isEqualTo("https://dialtone.example.org/login");
  }

  // java.net.http refuses to set Host, which is the point here: write the request by hand.
  private String rawGet(String path, String host) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }

  private static String location(String response) {
    return response
        .lines()
        .takeWhile(line -> !line.isEmpty())
        .filter(line -> line.regionMatches(true, 0, "Location:", 0, 9))
        .map(line -> line.substring(9).trim())
        .findFirst()
        .orElse(null);
  }
}
