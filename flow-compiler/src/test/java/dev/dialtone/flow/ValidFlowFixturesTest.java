package dev.dialtone.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.flow.model.FlowDocument;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every document under {@code flows/valid} parses, validates clean and round-trips. */
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
}
