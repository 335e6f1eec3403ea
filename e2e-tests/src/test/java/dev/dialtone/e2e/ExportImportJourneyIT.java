package dev.dialtone.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.dialtone.e2e.pages.FlowsPage;
import dev.dialtone.e2e.pages.LoginPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Journey 6: export a flow, import the file as a new flow with the identical graph. */
@ExtendWith(DialtoneExtension.class)
class ExportImportJourneyIT {

  @Test
  void anExportedFlowImportsAsANewFlowWithTheSameGraph(
      Page page, DialtoneApp app, Api api, @TempDir Path files) {
    String name = Fixtures.unique("Export me");
    JsonNode original = api.createFlow(Fixtures.seedIvr(name).toString());
    FlowsPage flows =
        new LoginPage(page, app.baseUri().toString())
            .open()
            .logInAs(DialtoneApp.ADMIN, app.adminPassword());

    Path exported = flows.export(name, files.resolve("exported.json"));
    flows.importFile(exported);

    assertThat(flows.notification()).containsText("imported from exported.json");
    assertThat(flows.rows(name)).hasCount(2);
    List<JsonNode> stored = api.flowsNamed(name);
    assertThat(stored).hasSize(2);
    JsonNode copy =
        stored.stream()
            .filter(flow -> !flow.get("id").equals(original.get("id")))
            .findFirst()
            .orElseThrow();
    assertThat(copy.get("document").get("nodes")).isEqualTo(original.get("document").get("nodes"));
    assertThat(copy.get("document").get("edges")).isEqualTo(original.get("document").get("edges"));
    assertThat(copy.get("problems")).isEmpty();
  }

  @Test
  void aFileThatIsNoFlowIsRefusedPerNodeAndNothingIsStored(
      Page page, DialtoneApp app, Api api, @TempDir Path files) throws IOException {
    String name = Fixtures.unique("Broken import");
    Path file = files.resolve("broken.json");
    Files.writeString(
        file,
        """
        {"format": "dialtone.flow/1", "name": "%s",
         "nodes": [{"id": "start", "type": "start", "x": 0, "y": 0},
                   {"id": "beam", "type": "teleport", "x": 200, "y": 0},
                   {"id": "warp", "type": "wormhole", "x": 400, "y": 0}],
         "edges": [{"from": "start", "to": "beam"}]}
        """
            .formatted(name));
    FlowsPage flows =
        new LoginPage(page, app.baseUri().toString())
            .open()
            .logInAs(DialtoneApp.ADMIN, app.adminPassword());

    flows.importFile(file);

    assertThat(flows.importProblems()).containsText("“broken.json” was not imported");
    assertThat(flows.importProblemsFor("beam")).containsText("teleport");
    // every problem, not just the first
    assertThat(flows.importProblemsFor("warp")).containsText("wormhole");
    assertThat(flows.importProblems().locator("li")).hasCount(2);
    Screenshots.take(page, "flows-import-refused");
    assertThat(api.flowsNamed(name)).isEmpty();
  }

  @Test
  void aFileThatIsNotJsonIsRefusedWithLineAndColumnInPlainWords(
      Page page, DialtoneApp app, Api api, @TempDir Path files) throws IOException {
    String name = Fixtures.unique("Not JSON");
    Path file = files.resolve("comma.json");
    // the comma after the format is missing: the parser stops at line 2, column 2
    Files.writeString(
        file,
        """
        {"format": "dialtone.flow/1"
         "name": "%s",
         "nodes": [], "edges": []}
        """
            .formatted(name));
    FlowsPage flows =
        new LoginPage(page, app.baseUri().toString())
            .open()
            .logInAs(DialtoneApp.ADMIN, app.adminPassword());

    flows.importFile(file);

    assertThat(flows.importProblems()).containsText("“comma.json” was not imported");
    assertThat(flows.importProblems().locator("li"))
        .hasText("not valid JSON at line 2, column 2: a comma is missing between two fields");
    // none of the parser's internals
    String shown = flows.importProblems().innerText();
    assertThat(shown).doesNotContain("StreamReadFeature", "byte offset", "#UNKNOWN", "Exception");
    Screenshots.take(page, "flows-import-not-json");
    assertThat(api.flowsNamed(name)).isEmpty();
  }
}
