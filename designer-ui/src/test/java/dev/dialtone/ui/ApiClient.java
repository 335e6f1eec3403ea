package dev.dialtone.ui;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A REST client as an API user has one: HTTP Basic, JSON text in and out. */
final class ApiClient {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;
  private final String authorization;

  ApiClient(int port, String user, String password) {
    this(
        port,
        user == null
            ? null
            : "Basic "
                + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  private ApiClient(int port, String authorization) {
    this.base = "http://127.0.0.1:" + port;
    this.authorization = authorization;
  }

  /** A client that sends an API token. */
  static ApiClient bearer(int port, String token) {
    return new ApiClient(port, "Bearer " + token);
  }

  /** Any request, with extra headers as name, value pairs; a null body sends none. */
  Response send(String method, String path, String body, String... headers) {
    HttpRequest.Builder builder =
        request(path)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return send(builder);
  }

  Response get(String path) {
    return send(request(path).GET());
  }

  Response post(String path, String body) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  Response put(String path, String body, String ifMatch) {
    HttpRequest.Builder builder =
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body));
    if (ifMatch != null) {
      builder.header("If-Match", ifMatch);
    }
    return send(builder);
  }

  Response delete(String path) {
    return send(request(path).DELETE());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  private Response send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response =
          http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(
          response.statusCode(),
          response.body(),
          response.headers().firstValue("ETag").orElse(null),
          response.headers().firstValue("Content-Type").orElse(""),
          response.headers());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  record Response(int status, String body, String etag, String contentType, HttpHeaders headers) {

    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    JsonNode json() {
      return JSON.readTree(body);
    }

    String text(String field) {
      return json().path(field).asString();
    }
  }
}
