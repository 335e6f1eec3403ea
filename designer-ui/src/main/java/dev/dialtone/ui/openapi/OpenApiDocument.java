package dev.dialtone.ui.openapi;

import dev.dialtone.ui.api.ProblemsBody;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /api/v1/openapi.json}: springdoc reads the controllers; this adds
 * what it cannot see — how to log in, and that every error answer is the problems JSON.
 */
@Configuration
class OpenApiDocument {

  static final String PROBLEMS = "ProblemsBody";
  private static final String BEARER = "token";
  private static final String BASIC = "basic";

  @Bean
  OpenAPI dialtoneOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Dialtone API")
                .version("v1")
                .description(
                    "Call flows, numbers, calls and tokens. Every error answers"
                        + " {\"problems\": [...]} (the ProblemsBody schema)."))
        .components(
            new Components()
                .addSecuritySchemes(
                    BEARER,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("an API token, dt_…"))
                .addSecuritySchemes(
                    BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList(BEARER))
        .addSecurityItem(new SecurityRequirement().addList(BASIC));
  }

  /** Every operation may fail with a client or server error, always as the problems JSON. */
  @Bean
  OpenApiCustomizer problemsOnEveryOperation() {
    return openApi -> {
      Map<String, Schema> schemas =
          ModelConverters.getInstance().readAll(new AnnotatedType(ProblemsBody.class));
      schemas.forEach(openApi.getComponents()::addSchemas);
      ApiResponse error =
          new ApiResponse()
              .description("the problems: what was wrong, with a stable code each")
              .content(
                  new Content()
                      .addMediaType(
                          org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
                          new MediaType()
                              .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEMS))));
      openApi
          .getPaths()
          .values()
          .forEach(path -> path.readOperations().forEach(operation -> addErrors(operation, error)));
    };
  }

  private static void addErrors(Operation operation, ApiResponse error) {
    ApiResponses responses = operation.getResponses();
    if (responses == null) {
      responses = new ApiResponses();
      operation.setResponses(responses);
    }
    responses.addApiResponse("4XX", error);
    responses.addApiResponse("5XX", error);
  }
}
