package dev.dialtone.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.flow.model.FlowDocument;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Process;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every document under {@code flows/valid} parses, validates clean, round-trips and compiles. */
class ValidFlowFixturesTest {

  private final FlowCompiler compiler = new FlowCompiler();

  static List<Path> fixtures() {
    return Fixtures.valid();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void parsesAndValidatesClean(Path fixture) {
    ParseResult parsed = compiler.parse(Fixtures.read(fixture));

    assertThat(parsed.problems()).isEmpty();
    assertThat(compiler.validate(parsed.document())).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void roundTripsThroughCanonicalJson(Path fixture) {
    FlowDocument document = compiler.parse(Fixtures.read(fixture)).document();

    String json = compiler.toJson(document);

    assertThat(compiler.parse(json).document()).isEqualTo(document);
    assertThat(compiler.toJson(compiler.parse(json).document())).isEqualTo(json);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void compilesToAValidExecutableBpmnModel(Path fixture) {
    FlowDocument document = compiler.parse(Fixtures.read(fixture)).document();

    CompiledFlow compiled = compiler.compile(document, "flow_test", null);

    BpmnModelInstance model =
        Bpmn.readModelFromStream(
            new ByteArrayInputStream(compiled.bpmnXml().getBytes(StandardCharsets.UTF_8)));
    Bpmn.validateModel(model);
    Process process = model.getModelElementById("flow_test");
    assertThat(process.isExecutable()).isTrue();
    assertThat(process.getName()).isEqualTo(document.name());
    document
        .nodes()
        .forEach(
            node ->
                assertThat((Object) model.getModelElementById(node.id()))
                    .as(node.id())
                    .isNotNull());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void compilesToTheSameXmlEveryTime(Path fixture) {
    FlowDocument document = compiler.parse(Fixtures.read(fixture)).document();

    assertThat(compiler.compile(document, "p", "n").bpmnXml())
        .isEqualTo(compiler.compile(document, "p", "n").bpmnXml());
  }
}
