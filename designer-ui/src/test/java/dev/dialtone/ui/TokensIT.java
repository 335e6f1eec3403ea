package dev.dialtone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.runtime.users.Role;
import dev.dialtone.runtime.users.UserRepository;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/** API tokens: create, use, revoke, expiry, and never above the creator's role. */
@SecuredAppIT
class TokensIT {

  private static final String FLOW =
      """
      {"format": "dialtone.flow/1", "name": "By token", "nodes": [{"id": "start", "type": "start"}], "edges": []}
      """;

  @LocalServerPort int port;
  @Autowired UserRepository users;
  @Autowired PasswordEncoder encoder;

  ApiClient admin() {
    return new ApiClient(port, "admin", "s3cret-admin");
  }

  private ApiClient.Response create(ApiClient as, String body) {
    return as.post("/api/v1/tokens", body);
  }

  @Test
  void aTokenWorksUntilItIsRevokedAndItsSecretIsShownOnce() {
    ApiClient.Response created = create(admin(), "{\"name\": \"ci\", \"role\": \"editor\"}");
    assertThat(created.status()).isEqualTo(201);
    String id = created.text("id");
    String secret = created.text("token");
    assertThat(secret).startsWith("dt_").hasSizeGreaterThan(40);
    ApiClient token = ApiClient.bearer(port, secret);

    assertThat(token.get("/api/v1/flows").status()).isEqualTo(200);
    assertThat(token.post("/api/v1/flows", FLOW).status()).isEqualTo(201);
    JsonNode listed = listed(admin(), id);
    assertThat(listed.path("name").asString()).isEqualTo("ci");
    assertThat(listed.path("role").asString()).isEqualTo("editor");
    assertThat(listed.path("created_by").asString()).isEqualTo("admin");
    assertThat(listed.path("last_used_at").isNull()).isFalse();
    assertThat(admin().get("/api/v1/tokens").body()).doesNotContain(secret);

    assertThat(admin().delete("/api/v1/tokens/" + id).status()).isEqualTo(204);

    ApiClient.Response refused = token.get("/api/v1/flows");
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.header("WWW-Authenticate")).isNull();
    assertThat(refused.json().path("problems").get(0).path("code").asString())
        .isEqualTo("authentication_required");
  }

  @Test
  void anUnknownTokenIsRefused() {
    assertThat(ApiClient.bearer(port, "dt_" + "x".repeat(43)).get("/api/v1/flows").status())
        .isEqualTo(401);
    assertThat(ApiClient.bearer(port, "not-a-token").get("/api/v1/flows").status()).isEqualTo(401);
  }

  @Test
  void anExpiredTokenIsRefused() throws InterruptedException {
    Instant soon = Instant.now().plusSeconds(2);
    ApiClient.Response created =
        create(
            admin(),
            "{\"name\": \"short\", \"role\": \"viewer\", \"expires_at\": \"" + soon + "\"}");
    assertThat(created.status()).isEqualTo(201);
    ApiClient token = ApiClient.bearer(port, created.text("token"));
    assertThat(token.get("/api/v1/flows").status()).isEqualTo(200);

    Thread.sleep(Math.max(0, soon.toEpochMilli() - System.currentTimeMillis()) + 200);

    assertThat(token.get("/api/v1/flows").status()).isEqualTo(401);
    ApiClient.Response past =
        create(
            admin(), "{\"name\": \"late\", \"role\": \"viewer\", \"expires_at\": \"2020-01-01\"}");
    assertThat(past.status()).isEqualTo(400);
    assertThat(past.body()).contains("in_the_past", "expires_at");
  }

  @Test
  void aTokenNeverHoldsMoreThanItsCreator() {
    users.create("tokeneditor", encoder.encode("editor-pass"), Role.EDITOR);
    ApiClient editor = new ApiClient(port, "tokeneditor", "editor-pass");

    ApiClient.Response tooHigh = create(editor, "{\"name\": \"x\", \"role\": \"admin\"}");
    assertThat(tooHigh.status()).isEqualTo(400);
    assertThat(tooHigh.body()).contains("role_above_creator");

    ApiClient token =
        ApiClient.bearer(
            port, create(editor, "{\"name\": \"x\", \"role\": \"editor\"}").text("token"));
    assertThat(token.post("/api/v1/flows", FLOW).status()).isEqualTo(201);

    // demoted later: the token follows its creator down
    users.updateRole("tokeneditor", Role.VIEWER);
    assertThat(token.post("/api/v1/flows", FLOW).status()).isEqualTo(403);
    assertThat(token.get("/api/v1/flows").status()).isEqualTo(200);

    users.setEnabled("tokeneditor", false);
    assertThat(token.get("/api/v1/flows").status()).isEqualTo(401);
  }

  @Test
  void tokensAreManagedWithAPasswordAndOnlyByTheirOwnerOrAnAdmin() {
    users.create("tokenviewer", encoder.encode("viewer-pass"), Role.VIEWER);
    ApiClient viewer = new ApiClient(port, "tokenviewer", "viewer-pass");
    ApiClient.Response own = create(viewer, "{\"name\": \"mine\", \"role\": \"viewer\"}");
    assertThat(own.status()).isEqualTo(201);
    String adminsToken = create(admin(), "{\"name\": \"admins\", \"role\": \"viewer\"}").text("id");

    assertThat(viewer.get("/api/v1/tokens").body()).contains("mine").doesNotContain("admins");
    assertThat(viewer.delete("/api/v1/tokens/" + adminsToken).status()).isEqualTo(404);
    assertThat(listed(admin(), adminsToken)).isNotNull();
    assertThat(
            ApiClient.bearer(port, own.text("token"))
                .post("/api/v1/tokens", "{\"name\": \"minted\", \"role\": \"viewer\"}")
                .status())
        .isEqualTo(403);
    assertThat(create(viewer, "{\"name\": \"\", \"role\": \"viewer\"}").body())
        .contains("invalid_name");
    assertThat(create(viewer, "{\"name\": \"x\", \"role\": \"boss\"}").body())
        .contains("invalid_value", "viewer, editor or admin");
  }

  private static JsonNode listed(ApiClient as, String id) {
    for (JsonNode token : as.get("/api/v1/tokens").json().path("tokens")) {
      if (token.path("id").asString().equals(id)) {
        return token;
      }
    }
    return null;
  }
}
