package dev.dialtone.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The REST API as a client sees it (HTTP Basic as admin): to seed data and to check what was
 * stored.
 */
final class Api {

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private final URI base;
  private final String authorization;

  Api(DialtoneApp app) {
    this.base = app.baseUri();
    String credentials = DialtoneApp.ADMIN + ":" + app.adminPassword();
    this.authorization =
        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }

  /** Creates a flow from a native JSON document; returns the stored flow. */
  JsonNode createFlow(String document) {
    return send(
        request("/api/v1/flows")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(document)),
        201);
  }

  JsonNode flow(String id) {
    return send(request("/api/v1/flows/" + id).GET(), 200);
  }

  Optional<JsonNode> flowNamed(String name) {
    JsonNode flows = send(request("/api/v1/flows").GET(), 200).get("flows");
    return StreamSupport.stream(flows.spliterator(), false)
        .filter(flow -> name.equals(flow.get("name").asString()))
        .findFirst()
        .map(summary -> flow(summary.get("id").asString()));
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path)).header("Authorization", authorization);
  }

  private JsonNode send(HttpRequest.Builder request, int expectedStatus) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != expectedStatus) {
        throw new IllegalStateException(
            response.request() + " answered " + response.statusCode() + ": " + response.body());
      }
      return json.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
