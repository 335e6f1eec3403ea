package dev.dialtone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * What a black-box probe of the API finds: no Basic challenge, cross-site and non-JSON changes
 * refused, unknown paths and errors as problems JSON, bodies and answers bounded, headers on every
 * response, and no login from another site.
 */
@SecuredAppIT
class ApiSecurityIT {

  private static final String FLOW =
      """
      {"format": "dialtone.flow/1", "name": "Probe", "nodes": [{"id": "start", "type": "start"}], "edges": []}
      """;

  @LocalServerPort int port;

  ApiClient admin() {
    return new ApiClient(port, "admin", "s3cret-admin");
  }

  String own() {
    return "http://127.0.0.1:" + port;
  }

  @Test
  void unauthenticatedRequestsGetJsonAndNoBasicChallenge() {
    ApiClient.Response response = new ApiClient(port, null, null).get("/api/v1/flows");
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.header("WWW-Authenticate")).isNull();
    assertThat(response.contentType()).startsWith("application/json");
    assertThat(response.json().path("problems").get(0).path("code").asString())
        .isEqualTo("authentication_required");
  }

  @Test
  void changesFromAnotherSiteAreRefusedAndNothingHappens() {
    String id = admin().post("/api/v1/flows", FLOW).text("id");
    String publish = "/api/v1/flows/" + id + "/publish";

    ApiClient.Response fromOrigin =
        admin()
            .send(
                "POST",
                publish,
                "",
                "Content-Type",
                "application/json",
                "Origin",
                "http://evil.example");
    ApiClient.Response fromFetch =
        admin()
            .send(
                "POST",
                publish,
                "",
                "Content-Type",
                "application/json",
                "Sec-Fetch-Site",
                "cross-site");
    ApiClient.Response deleted =
        admin().send("DELETE", "/api/v1/flows/" + id, null, "Origin", "null");

    assertThat(fromOrigin.status()).isEqualTo(403);
    assertThat(fromOrigin.body()).contains("cross_site_request");
    assertThat(fromFetch.status()).isEqualTo(403);
    assertThat(deleted.status()).isEqualTo(403);
    JsonNode flow = admin().get("/api/v1/flows/" + id).json();
    assertThat(flow.path("published_version").isNull()).isTrue();
  }

  @Test
  void sameOriginAndScriptsMayChange() {
    ApiClient.Response sameOrigin =
        admin()
            .send(
                "POST",
                "/api/v1/flows",
                FLOW,
                "Content-Type",
                "application/json",
                "Origin",
                own(),
                "Sec-Fetch-Site",
                "same-origin");
    assertThat(sameOrigin.status()).isEqualTo(201);
  }

  @Test
  void changesMustBeJsonEvenWithoutABody() {
    String id = admin().post("/api/v1/flows", FLOW).text("id");
    String publish = "/api/v1/flows/" + id + "/publish";

    ApiClient.Response form =
        admin().send("POST", publish, "a=b", "Content-Type", "application/x-www-form-urlencoded");
    ApiClient.Response text = admin().send("POST", publish, "", "Content-Type", "text/plain");
    ApiClient.Response none = admin().send("POST", publish, null);

    assertThat(form.status()).isEqualTo(415);
    assertThat(text.status()).isEqualTo(415);
    assertThat(none.status()).isEqualTo(415);
    assertThat(none.json().path("problems").get(0).path("code").asString())
        .isEqualTo("unsupported_media_type");
    assertThat(admin().get("/api/v1/flows/" + id).json().path("published_version").isNull())
        .isTrue();
  }

  @Test
  void anUnknownApiPathIsA404WithProblems() {
    ApiClient.Response response = admin().get("/api/v1/no-such-thing");
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.contentType()).startsWith("application/json");
    assertThat(response.body()).contains("not_found", "/api/v1/no-such-thing");
    assertThat(admin().get("/api/whatever").status()).isEqualTo(404);
  }

  @Test
  void theErrorPageOpenedDirectlyIsNoServerError() {
    ApiClient.Response response = new ApiClient(port, null, null).get("/error");
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.json().path("problems").get(0).path("code").asString())
        .isEqualTo("not_found");
  }

  @Test
  void bodiesOverOneMegabyteAreRefused() throws Exception {
    String big = FLOW.replace("\"Probe\"", "\"" + "x".repeat(1_100_000) + "\"");

    ApiClient.Response declared = admin().post("/api/v1/flows", big);
    assertThat(declared.status()).isEqualTo(413);
    assertThat(declared.body()).contains("too_large");

    // without a Content-Length (chunked), the body is cut off while it is read
    HttpRequest chunked =
        HttpRequest.newBuilder(URI.create(own() + "/api/v1/flows/import"))
            .header("Authorization", basicAdmin())
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofInputStream(
                    () -> new java.io.ByteArrayInputStream(big.getBytes())))
            .build();
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("too_large");
  }

  @Test
  void oneAnswerListsAtMostAHundredProblems() {
    String nodes =
        IntStream.range(0, 250)
            .mapToObj(i -> "{\"id\": \"same\", \"type\": \"hangup\"}")
            .collect(Collectors.joining(", "));
    String document =
        "{\"format\": \"dialtone.flow/1\", \"name\": \"dupes\", \"nodes\": ["
            + nodes
            + "], \"edges\": []}";

    ApiClient.Response response = admin().post("/api/v1/flows", document);

    assertThat(response.status()).isEqualTo(400);
    JsonNode problems = response.json().path("problems");
    assertThat(problems.size()).isEqualTo(101);
    assertThat(problems.get(100).path("code").asString()).isEqualTo("more_problems");
    assertThat(problems.get(100).path("message").asString()).matches("and \\d+ more problems");
  }

  @Test
  void aFlowIsLimitedTo2000Nodes() {
    String nodes =
        IntStream.range(0, 2_001)
            .mapToObj(i -> "{\"id\": \"n" + i + "\", \"type\": \"hangup\"}")
            .collect(Collectors.joining(", "));
    String document =
        "{\"format\": \"dialtone.flow/1\", \"name\": \"big\", \"nodes\": [" + nodes + "]}";
    int before = admin().get("/api/v1/flows").json().path("flows").size();

    ApiClient.Response response = admin().post("/api/v1/flows/import", document);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).contains("too_many_items", "2001");
    assertThat(admin().get("/api/v1/flows").json().path("flows").size()).isEqualTo(before);
  }

  @Test
  void badParametersAreEchoedShort() {
    String id = admin().post("/api/v1/flows", FLOW).text("id");
    String junk = String.join("", Collections.nCopies(500, "z"));
    ApiClient.Response response = admin().get("/api/v1/flows/" + id + "/bpmn?revision=" + junk);
    assertThat(response.status()).isBetween(400, 499);
    assertThat(response.body().length()).isLessThan(400);
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() {
    for (ApiClient.Response response :
        new ApiClient.Response[] {
          admin().get("/api/v1/flows"),
          new ApiClient(port, null, null).get("/api/v1/flows"),
          new ApiClient(port, null, null).get("/login"),
          new ApiClient(port, null, null).get("/styles.css")
        }) {
      assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(response.header("Content-Security-Policy"))
          .contains("frame-ancestors 'self'", "default-src 'self'");
    }
  }

  @Test
  void theSessionCookieIsSameSiteLax() {
    ApiClient.Response login = new ApiClient(port, null, null).get("/login");
    assertThat(login.headers().allValues("Set-Cookie"))
        .anySatisfy(
            cookie -> assertThat(cookie).contains("JSESSIONID", "SameSite=Lax", "HttpOnly"));
  }

  @Test
  void theLoginFormRefusesAPostFromAnotherSite() throws IOException, InterruptedException {
    HttpRequest crossSite =
        HttpRequest.newBuilder(URI.create(own() + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", "http://evil.example")
            .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=s3cret-admin"))
            .build();
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(crossSite, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
  }

  private static String basicAdmin() {
    return "Basic "
        + java.util.Base64.getEncoder()
            .encodeToString("admin:s3cret-admin".getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
