package dev.dialtone.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.flow.FlowCompiler;
import dev.dialtone.flow.Problem;
import dev.dialtone.flow.model.FlowDocument;
import org.junit.jupiter.api.Test;

class FlowDocumentsTest {

  private final FlowDocuments documents = new FlowDocuments(new FlowCompiler());

  @Test
  void renamingKeepsTheGraph() {
    FlowDocument original = StarterFlow.named("Main menu");

    FlowDocument renamed = FlowDocuments.named(original, "Support");

    assertThat(renamed.name()).isEqualTo("Support");
    assertThat(renamed.nodes()).isEqualTo(original.nodes());
    assertThat(renamed.edges()).isEqualTo(original.edges());
  }

  @Test
  void aBlankNameIsRefusedByTheCompilersRule() {
    assertThat(documents.nameProblems(StarterFlow.named(" ")))
        .extracting(Problem::field)
        .containsExactly("name");
    assertThat(documents.nameProblems(StarterFlow.named("Fine"))).isEmpty();
  }

  @Test
  void aCopysNameStaysWithinTheLimit() {
    assertThat(FlowDocuments.copyName("Main menu")).isEqualTo("Copy of Main menu");
    assertThat(FlowDocuments.copyName("x".repeat(FlowDocument.MAX_NAME_LENGTH)))
        .hasSize(FlowDocument.MAX_NAME_LENGTH)
        .startsWith("Copy of x");
  }

  @Test
  void exportFilesAreNamedAfterTheFlow() {
    assertThat(FlowDocuments.fileName("Main menu (EN)")).isEqualTo("Main-menu-EN.dialtone.json");
    assertThat(FlowDocuments.fileName("???")).isEqualTo("flow.dialtone.json");
  }
}
