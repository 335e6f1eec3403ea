package dev.dialtone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document and the controllers agree: every {@code /api/v1} mapping is documented with
 * its method, every documented operation exists, and every operation's errors are the problems
 * JSON. Document and Swagger UI need a login.
 */
@SecuredAppIT
class OpenApiIT {

  private static final String DOCUMENT = "/api/v1/openapi.json";

  @LocalServerPort int port;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  JsonNode document() {
    ApiClient.Response response = new ApiClient(port, "admin", "s3cret-admin").get(DOCUMENT);
    assertThat(response.status()).isEqualTo(200);
    return response.json();
  }

  @Test
  void documentIsOpenApi31() {
    assertThat(document().path("openapi").asString()).startsWith("3.1");
  }

  @Test
  void everyControllerMappingIsDocumentedAndNothingElse() {
    Set<String> controllers = new TreeSet<>();
    mappings
        .getHandlerMethods()
        .forEach(
            (info, handler) -> {
              for (String path : patterns(info)) {
                if (!path.startsWith("/api/v1/") || path.startsWith(DOCUMENT)) {
                  continue;
                }
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                assertThat(methods)
                    .as("%s %s declares its HTTP method", handler, path)
                    .isNotEmpty();
                methods.forEach(method -> controllers.add(method.name() + " " + path));
              }
            });

    Set<String> documented = new TreeSet<>();
    document()
        .path("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        operation ->
                            documented.add(
                                operation.getKey().toUpperCase(Locale.ROOT)
                                    + " "
                                    + path.getKey())));

    assertThat(controllers).as("API mappings found").hasSizeGreaterThan(20);
    assertThat(documented).containsExactlyInAnyOrderElementsOf(controllers);
  }

  @Test
  void everyOperationAnswersErrorsAsTheProblemsJson() {
    JsonNode document = document();
    JsonNode problems = document.path("components").path("schemas").path("ProblemsBody");
    assertThat(problems.path("properties").has("problems")).isTrue();
    document
        .path("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        operation -> {
                          for (String range : new String[] {"4XX", "5XX"}) {
                            assertThat(
                                    operation
                                        .getValue()
                                        .path("responses")
                                        .path(range)
                                        .path("content")
                                        .path("application/json")
                                        .path("schema")
                                        .path("$ref")
                                        .asString())
                                .as("%s %s %s", operation.getKey(), path.getKey(), range)
                                .isEqualTo("#/components/schemas/ProblemsBody");
                          }
                        }));
  }

  @Test
  void theCallListDocumentsEveryParameterItTakes() {
    Set<String> documented = new TreeSet<>();
    document()
        .path("paths")
        .path("/api/v1/calls")
        .path("get")
        .path("parameters")
        .forEach(parameter -> documented.add(parameter.path("name").asString()));

    // the paging and filters added last; the rest are covered by CallsApiIT's 400s as well
    assertThat(documented).contains("cursor", "limit", "since", "until", "chained", "direction");
    assertThat(documented).hasSize(10);
  }

  @Test
  void documentNeedsALogin() {
    ApiClient.Response anonymous = new ApiClient(port, null, null).get(DOCUMENT);
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.contentType()).startsWith("application/json");
    assertThat(anonymous.header("WWW-Authenticate")).isNull();
  }

  @Test
  void swaggerUiIsForLoggedInUsersOnly() {
    ApiClient.Response anonymous = new ApiClient(port, null, null).get("/swagger-ui/index.html");
    assertThat(anonymous.status()).isEqualTo(302);
    assertThat(anonymous.header("Location")).endsWith("/login");

    ApiClient.Response admin =
        new ApiClient(port, "admin", "s3cret-admin").get("/swagger-ui/index.html");
    assertThat(admin.status()).isEqualTo(200);
    assertThat(admin.body()).contains("swagger-ui");
    // the page and its scripts come from this origin, which the Content-Security-Policy allows
    assertThat(admin.header("Content-Security-Policy")).contains("script-src 'self'");

    ApiClient.Response config =
        new ApiClient(port, "admin", "s3cret-admin").get(DOCUMENT + "/swagger-config");
    assertThat(config.status()).isEqualTo(200);
    assertThat(config.body()).contains(DOCUMENT);
  }

  private static Set<String> patterns(RequestMappingInfo info) {
    return info.getPatternValues();
  }
}
