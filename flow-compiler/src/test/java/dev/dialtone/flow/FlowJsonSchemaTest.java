package dev.dialtone.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.dialtone.flow.nodes.OptionSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The generated schema agrees with the parser and validator on the fixtures. */
class FlowJsonSchemaTest {

  // JSON Schema cannot see a key given twice or two nodes sharing an id.
  private static final Set<String> BEYOND_SCHEMA =
      Set.of("duplicate-json-key.json", "duplicate-node-id.json", "not-json.json");
  // Option rules are in the schema; graph rules are not.
  private static final Set<String> OPTION_PROBLEMS =
      Set.of(
          ProblemCodes.INVALID_OPTION_VALUE,
          ProblemCodes.MISSING_OPTION,
          ProblemCodes.GOTO_WITHOUT_COUNT,
          ProblemCodes.INVALID_NAME,
          ProblemCodes.RESERVED_NODE_ID);

  private static final FlowCompiler COMPILER = new FlowCompiler();
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final JsonSchema SCHEMA =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(COMPILER.jsonSchema());

  static List<Path> valid() {
    return Fixtures.valid();
  }

  static List<Path> invalid() {
    return Fixtures.invalid().stream()
        .filter(p -> !BEYOND_SCHEMA.contains(p.getFileName().toString()))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void acceptsEveryValidFlowAndItsCanonicalJson(Path fixture) {
    String json = Fixtures.read(fixture);

    assertThat(errors(json)).isEmpty();
    assertThat(errors(COMPILER.toJson(COMPILER.parse(json).document()))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void rejectsWhatParseRejectsAndBadOptionValues(Path fixture) {
    JsonNode expectation = JSON.readTree(Fixtures.read(Fixtures.expectationOf(fixture)));
    boolean parseProblem = expectation.get("stage").stringValue().equals("parse");
    boolean optionProblem = false;
    for (JsonNode problem : expectation.get("problems")) {
      optionProblem |= OPTION_PROBLEMS.contains(problem.get("code").stringValue());
    }

    Set<ValidationMessage> errors = errors(Fixtures.read(fixture));

    if (parseProblem || optionProblem) {
      assertThat(errors).as("schema errors").isNotEmpty();
    } else {
      assertThat(errors).as("graph problems are validation's, not the schema's").isEmpty();
    }
  }

  @Test
  void describesEveryNodeTypeWithItsOptionsAndDefaults() {
    JsonNode schema = JSON.readTree(COMPILER.jsonSchema());

    assertThat(schema.get("$schema").stringValue())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    for (NodeTypeInfo type : COMPILER.nodeTypes()) {
      JsonNode options = schema.at("/$defs/node_" + type.type() + "/properties/options/properties");
      assertThat(options.propertyNames())
          .containsExactlyElementsOf(type.options().stream().map(OptionSpec::name).toList());
    }
    assertThat(
            schema
                .at("/$defs/node_digits/properties/options/properties/timeout_ms/default")
                .asLong())
        .isEqualTo(5000);
    assertThat(schema.at("/$defs/node_talk/properties/options/required/0").stringValue())
        .isEqualTo("text");
  }

  private static Set<ValidationMessage> errors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }
}
