package dev.dialtone.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
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
    this(app.baseUri(), DialtoneApp.ADMIN, app.adminPassword());
  }

  private Api(URI base, String user, String password) {
    this.base = base;
    String credentials = user + ":" + password;
    this.authorization =
        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }

  /** The same API as another user, e.g. to check what a viewer may do. */
  Api as(String user, String password) {
    return new Api(base, user, password);
  }

  /** Replaces a flow's draft, as the editor of this revision. */
  JsonNode updateFlow(String id, int revision, String document) {
    return send(
        request("/api/v1/flows/" + id)
            .header("Content-Type", "application/json")
            .header("If-Match", "\"" + revision + "\"")
            .PUT(HttpRequest.BodyPublishers.ofString(document)),
        200);
  }

  /** The status of publishing a flow (200 when published), for checking who may. */
  int publishStatus(String id) {
    // state changes must say they are JSON, body or not (the API refuses anything a form could
    // send)
    return status(
        request("/api/v1/flows/" + id + "/publish")
            .header("Content-Type", "application/json")
            .POST(noBody()));
  }

  /** Publishes the stored draft; the answer says which version it made. */
  JsonNode publish(String id) {
    return send(
        request("/api/v1/flows/" + id + "/publish")
            .header("Content-Type", "application/json")
            .POST(noBody()),
        200);
  }

  /** One published version, with its document. */
  JsonNode version(String id, int version) {
    return send(request("/api/v1/flows/" + id + "/versions/" + version).GET(), 200);
  }

  /** The status of reading the flow list, for checking who may log in. */
  int listStatus() {
    return status(request("/api/v1/flows").GET());
  }

  /** The status of reading the flow list with an API token instead of the password. */
  int listStatusWithToken(String token) {
    return status(
        HttpRequest.newBuilder(base.resolve("/api/v1/flows"))
            .header("Authorization", "Bearer " + token)
            .GET());
  }

  List<JsonNode> flowsNamed(String name) {
    JsonNode flows = send(request("/api/v1/flows").GET(), 200).get("flows");
    return StreamSupport.stream(flows.spliterator(), false)
        .filter(flow -> name.equals(flow.get("name").asString()))
        .map(summary -> flow(summary.get("id").asString()))
        .toList();
  }

  Optional<JsonNode> number(String number) {
    JsonNode numbers = send(request("/api/v1/numbers").GET(), 200).get("numbers");
    return StreamSupport.stream(numbers.spliterator(), false)
        .filter(stored -> number.equals(stored.get("number").asString()))
        .findFirst();
  }

  /** Creates a flow from a native JSON document; returns the stored flow. */
  JsonNode createFlow(String document) {
    return send(
        request("/api/v1/flows")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(document)),
        201);
  }

  /** A new API token of {@code role}; returns its secret (shown once). */
  String createToken(String name, String role) {
    return send(
            request("/api/v1/tokens")
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        json.writeValueAsString(Map.of("name", name, "role", role)))),
            201)
        .get("token")
        .asString();
  }

  /** The calls of a flow, newest first. */
  List<JsonNode> calls(String flowId) {
    List<JsonNode> calls = new ArrayList<>();
    send(request("/api/v1/calls?flow_id=" + flowId).GET(), 200).get("calls").forEach(calls::add);
    return calls;
  }

  JsonNode transcript(String callId) {
    return send(request("/api/v1/calls/" + callId + "/transcript").GET(), 200);
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

  /** Routes a number to a flow. */
  void assignNumber(String number, String flowId) {
    send(
        request("/api/v1/numbers")
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"number\": \"" + number + "\", \"flow_id\": \"" + flowId + "\"}")),
        201);
  }

  /** A simulated caller dials {@code to}; returns the call's id. */
  String simulateCall(String from, String to) {
    return send(
            request("/api/v1/simulator/calls")
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"from\": \"" + from + "\", \"to\": \"" + to + "\"}")),
            201)
        .get("call_id")
        .asString();
  }

  /** One call's record; empty until the call journal (it writes in batches) has stored it. */
  Optional<JsonNode> call(String callId) {
    String path = "/api/v1/calls/" + callId;
    if (status(request(path).GET()) == 404) {
      return Optional.empty();
    }
    return Optional.of(send(request(path).GET(), 200));
  }

  /** The simulator's virtual phone at an address, if there is one. */
  Optional<JsonNode> virtualPhone(String address) {
    JsonNode phones = send(request("/api/v1/simulator/phones").GET(), 200).get("phones");
    return StreamSupport.stream(phones.spliterator(), false)
        .filter(phone -> address.equals(phone.get("address").asString()))
        .findFirst();
  }

  /** The recordings of one call, newest first. */
  List<JsonNode> recordings(String callId) {
    List<JsonNode> recordings = new ArrayList<>();
    send(request("/api/v1/recordings?call_id=" + callId).GET(), 200)
        .get("recordings")
        .forEach(recordings::add);
    return recordings;
  }

  /** A flow's own webhook (404 when it has none: an exception here). */
  JsonNode flowWebhook(String flowId) {
    return send(request("/api/v1/flows/" + flowId + "/webhook").GET(), 200);
  }

  private int status(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static HttpRequest.BodyPublisher noBody() {
    return HttpRequest.BodyPublishers.noBody();
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
