package dev.dialtone.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.dialtone.flow.nodes.GroupIds;
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

  @Test
  void aGroupOptionIsAStringThatTheSchemaAndValidationBothWantAsAGroupId() {
    JsonNode group =
        JSON.readTree(COMPILER.jsonSchema())
            .at("/$defs/node_groupcall/properties/options/properties/group");

    assertThat(group.get("type").stringValue()).isEqualTo("string");
    assertThat(group.get("pattern").stringValue()).isEqualTo(GroupIds.OPTION_SCHEMA_PATTERN);
    for (String value :
        List.of(
            "",
            "0b6f5a37-2d5b-4a40-9d0e-5a4d8c1f2e33",
            "0B6F5A37-2D5B-4A40-9D0E-5A4D8C1F2E33",
            "sales",
            "0b6f5a37-2d5b-4a40-9d0e-5a4d8c1f2e3",
            "0b6f5a37-2d5b-4a40-9d0e-5a4d8c1f2e33 ",
            "1-1-1-1-1")) {
      String json =
          """
          {"format": "dialtone.flow/1", "name": "Ring", "nodes": [
            {"id": "start", "type": "start"},
            {"id": "ring", "type": "groupcall", "options": {"group": "%s"}},
            {"id": "bye", "type": "hangup"}],
           "edges": [{"from": "start", "to": "ring"},
             {"from": "ring", "port": "answered", "to": "bye"},
             {"from": "ring", "port": "no_answer", "to": "bye"}]}
          """
              .formatted(value);
      boolean validationRefusesTheId =
          COMPILER.validate(COMPILER.parse(json).document()).stream()
              .anyMatch(p -> p.message().contains("must be the id of a saved group"));
      boolean schemaRefuses =
          errors(json).stream().anyMatch(e -> e.getMessage().contains("pattern"));

      assertThat(schemaRefuses).as("schema refuses %s", value).isEqualTo(validationRefusesTheId);
    }
  }

  private static Set<ValidationMessage> errors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }
}
