package dev.dialtone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.runtime.recordings.Recording;
import dev.dialtone.runtime.recordings.RecordingRepository;
import dev.dialtone.runtime.users.Role;
import dev.dialtone.runtime.users.UserRepository;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Recordings over REST: viewers list, read and download; only editors delete. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:recordings-api;DB_CLOSE_DELAY=-1",
      "DIALTONE_ADMIN_PASSWORD=s3cret-admin",
      "server.address=127.0.0.1"
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordingsApiIT {

  @LocalServerPort int port;
  @Autowired RecordingRepository repository;
  @Autowired UserRepository users;
  @Autowired PasswordEncoder encoder;

  final UUID call = UUID.randomUUID();
  final byte[] wav = "RIFF....WAVEfmt fake audio".getBytes(StandardCharsets.US_ASCII);

  @BeforeAll
  void setUp() {
    users.create("recordings-viewer", encoder.encode("viewer-pass"), Role.VIEWER);
  }

  @Test
  void aViewerListsReadsAndDownloadsButCannotDelete() throws Exception {
    Recording recording = stored();
    ApiClient viewer = new ApiClient(port, "recordings-viewer", "viewer-pass");

    ApiClient.Response list = viewer.get("/api/v1/recordings?call_id=" + call);
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.json().path("total").asLong()).isEqualTo(1);
    assertThat(list.json().path("recordings").get(0).path("id").asString())
        .isEqualTo(recording.id().toString());
    assertThat(list.json().path("recordings").get(0).path("duration_ms").asLong()).isEqualTo(2000);
    ApiClient.Response one = viewer.get("/api/v1/recordings/" + recording.id());
    assertThat(one.status()).isEqualTo(200);
    assertThat(one.json().path("node_id").asString()).isEqualTo("message");

    HttpResponse<byte[]> audio =
        download(
            "/api/v1/recordings/" + recording.id() + "/audio", "recordings-viewer:viewer-pass");
    assertThat(audio.statusCode()).isEqualTo(200);
    assertThat(audio.headers().firstValue("Content-Type")).hasValue("audio/wav");
    assertThat(audio.body()).isEqualTo(wav);

    assertThat(viewer.delete("/api/v1/recordings/" + recording.id()).status()).isEqualTo(403);
    assertThat(repository.find(recording.id())).isPresent();
    assertThat(new ApiClient(port, null, null).get("/api/v1/recordings").status()).isEqualTo(401);
  }

  @Test
  void anEditorDeletesAndThenItIsGone() {
    Recording recording = stored();
    ApiClient admin = new ApiClient(port, "admin", "s3cret-admin");

    assertThat(admin.delete("/api/v1/recordings/" + recording.id()).status()).isEqualTo(204);

    assertThat(admin.get("/api/v1/recordings/" + recording.id()).status()).isEqualTo(404);
    assertThat(admin.delete("/api/v1/recordings/" + recording.id()).status()).isEqualTo(404);
  }

  @Test
  void aMalformedCallIdIsAProblemNamingTheField() {
    ApiClient.Response response =
        new ApiClient(port, "admin", "s3cret-admin").get("/api/v1/recordings?call_id=nope");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).contains("call_id");
  }

  private Recording stored() {
    Recording recording =
        new Recording(
            UUID.randomUUID(), call, "message", 2000, "max_duration", wav.length, Instant.now());
    repository.insert(recording, wav);
    return recording;
  }

  private HttpResponse<byte[]> download(String path, String login) throws Exception {
    String basic = Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8));
    try (HttpClient client = HttpClient.newHttpClient()) {
      return client.send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
              .header("Authorization", "Basic " + basic)
              .build(),
          HttpResponse.BodyHandlers.ofByteArray());
    }
  }
}
