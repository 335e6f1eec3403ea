package dev.dialtone.telephony.ari;

import ch.loway.oss.ari4java.tools.HttpClient;
import ch.loway.oss.ari4java.tools.HttpParam;
import ch.loway.oss.ari4java.tools.HttpResponse;
import ch.loway.oss.ari4java.tools.HttpResponseHandler;
import ch.loway.oss.ari4java.tools.RestException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * ARI's REST commands on the JDK's HTTP client instead of ari4java's Netty one. ari4java 0.18 keeps
 * a fixed pool of at most three connections and blocks each caller until its request has one, so
 * under a burst of calls every command queued behind the round trips of all the others (hundreds of
 * milliseconds of dead air at 200 legs). The JDK client opens a connection per concurrent request
 * and keeps them alive, so a command waits only for its own round trip. ari4java still builds the
 * requests and parses the replies.
 */
final class JdkRestClient implements HttpClient {

  /** ari4java's own limit for one request. */
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final URI base;
  private final String authorization;
  private final ExecutorService threads =
      Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("ari-http-", 0).factory());
  private final java.net.http.HttpClient client;

  JdkRestClient(URI base, String username, String password) {
    this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    this.client =
        java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1)
            .executor(threads)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  @Override
  public String httpActionSync(
      String uri, String method, List<HttpParam> params, String body, List<HttpResponse> errors)
      throws RestException {
    return new String(
        httpActionSyncAsBytes(uri, method, params, body, errors), StandardCharsets.UTF_8);
  }

  @Override
  public byte[] httpActionSyncAsBytes(
      String uri, String method, List<HttpParam> params, String body, List<HttpResponse> errors)
      throws RestException {
    java.net.http.HttpResponse<byte[]> response;
    try {
      response = client.send(request(uri, method, params, body), BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new RestException(method + " " + uri + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RestException(method + " " + uri + " interrupted", e);
    }
    return checked(response, errors);
  }

  @Override
  public void httpActionAsync(
      String uri,
      String method,
      List<HttpParam> params,
      String body,
      List<HttpResponse> errors,
      HttpResponseHandler handler,
      boolean binary) {
    client
        .sendAsync(request(uri, method, params, body), BodyHandlers.ofByteArray())
        .whenComplete(
            (response, error) -> {
              if (error != null) {
                handler.onFailure(error);
                return;
              }
              handler.onResponseReceived();
              try {
                byte[] bytes = checked(response, errors);
                if (binary) {
                  handler.onSuccess(bytes);
                } else {
                  handler.onSuccess(new String(bytes, StandardCharsets.UTF_8));
                }
              } catch (RestException e) {
                handler.onFailure(e);
              }
            });
  }

  private HttpRequest request(String uri, String method, List<HttpParam> params, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + "ari" + uri + JdkEventSocket.query(params)))
            .timeout(TIMEOUT)
            .header("Authorization", authorization);
    if (body == null || body.isEmpty()) {
      return request.method(method, HttpRequest.BodyPublishers.noBody()).build();
    }
    return request
        .header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
  }

  /** The body of a 2xx reply; otherwise the error ari4java's API documents for the status. */
  private static byte[] checked(
      java.net.http.HttpResponse<byte[]> response, List<HttpResponse> errors) throws RestException {
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return response.body();
    }
    String text = new String(response.body(), StandardCharsets.UTF_8);
    if (errors != null) {
      for (HttpResponse known : errors) {
        if (known.getCode() == status) {
          throw new RestException(known.getDescription(), text, status);
        }
      }
    }
    throw new RestException(text, status);
  }

  @Override
  public void destroy() {
    client.shutdownNow();
    threads.shutdownNow();
  }
}
