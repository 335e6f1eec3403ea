package dev.dialtone.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.dialtone.e2e.pages.FlowsPage;
import dev.dialtone.e2e.pages.LoginPage;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/** Journey 2: the flows list shows a flow created through the UI, and the server stored it. */
@ExtendWith(DialtoneExtension.class)
class FlowsJourneyIT {

  @Test
  void aFlowCreatedInTheUiIsListedAndStored(Page page, DialtoneApp app, Api api) {
    String name = "Support line " + UUID.randomUUID().toString().substring(0, 8);
    FlowsPage flows =
        new LoginPage(page, app.baseUri().toString())
            .open()
            .logInAs(DialtoneApp.ADMIN, app.adminPassword());

    flows.createFlow(name);

    assertThat(flows.row(name)).isVisible();
    assertThat(page.locator("#flows-grid")).containsText("Not published");
    Screenshots.take(page, "flows");
    JsonNode stored =
        api.flowNamed(name).orElseThrow(() -> new AssertionError("the server has no flow " + name));
    assertThat(stored.get("revision").asInt()).isEqualTo(1);
    assertThat(stored.get("created_by").asString()).isEqualTo(DialtoneApp.ADMIN);
    assertThat(stored.get("problems")).isEmpty();
    assertThat(types(stored.get("document").get("nodes"))).containsExactly("start", "hangup");
  }

  private static List<String> types(JsonNode nodes) {
    return StreamSupport.stream(nodes.spliterator(), false)
        .map(node -> node.get("type").asString())
        .toList();
  }
}
