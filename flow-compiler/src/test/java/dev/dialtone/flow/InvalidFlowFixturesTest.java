package dev.dialtone.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every document under {@code flows/invalid} reports exactly the problems in its sidecar: rejected
 * by {@code parse} ("stage": "parse") or accepted and then reported by {@code validate}.
 */
class InvalidFlowFixturesTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final FlowCompiler compiler = new FlowCompiler();

  record Expected(String code, String nodeId, String field) {}

  static List<Path> fixtures() {
    return Fixtures.invalid();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void reportsExactlyTheExpectedProblems(Path fixture) {
    JsonNode expectation = JSON.readTree(Fixtures.read(Fixtures.expectationOf(fixture)));
    ParseResult parsed = compiler.parse(Fixtures.read(fixture));

    List<Problem> problems;
    if (expectation.get("stage").stringValue().equals("parse")) {
      assertThat(parsed.document()).as("rejected at parse").isNull();
      problems = parsed.problems();
    } else {
      assertThat(parsed.problems()).as("parse problems").isEmpty();
      problems = compiler.validate(parsed.document());
    }

    assertThat(problems.stream().map(p -> new Expected(p.code(), p.nodeId(), p.field())).toList())
        .containsExactlyElementsOf(expected(expectation));
    assertThat(problems).allSatisfy(InvalidFlowFixturesTest::isHumanReadable);
  }

  @Test
  void everyProblemCodeHasAFixture() {
    Set<String> covered = new HashSet<>();
    for (Path fixture : Fixtures.invalid()) {
      JSON.readTree(Fixtures.read(Fixtures.expectationOf(fixture)))
          .get("problems")
          .forEach(p -> covered.add(p.get("code").stringValue()));
    }
    assertThat(covered).containsAll(allCodes());
  }

  private static void isHumanReadable(Problem problem) {
    assertThat(problem.message()).isNotBlank();
    if (problem.nodeId() != null) {
      assertThat(problem.message()).contains("'" + problem.nodeId() + "'");
    }
  }

  private static List<Expected> expected(JsonNode expectation) {
    List<Expected> expected = new ArrayList<>();
    for (JsonNode p : expectation.get("problems")) {
      expected.add(
          new Expected(p.get("code").stringValue(), text(p.get("node_id")), text(p.get("field"))));
    }
    return expected;
  }

  private static String text(JsonNode value) {
    return value == null || value.isNull() ? null : value.stringValue();
  }

  static List<String> allCodes() {
    return Arrays.stream(ProblemCodes.class.getFields())
        .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
        .map(InvalidFlowFixturesTest::value)
        .toList();
  }

  private static String value(Field field) {
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
