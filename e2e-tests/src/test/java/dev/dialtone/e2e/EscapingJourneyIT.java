package dev.dialtone.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.dialtone.e2e.pages.EditorPage;
import dev.dialtone.e2e.pages.FlowsPage;
import dev.dialtone.e2e.pages.LoginPage;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.node.ObjectNode;

/**
 * Text a user typed is shown as text: a flow named like an HTML tag that runs script shows that
 * name literally in the Flows list and the editor, and no script runs.
 */
@ExtendWith(DialtoneExtension.class)
class EscapingJourneyIT {

  @Test
  void aFlowNamedLikeMarkupShowsItsNameLiterally(Page page, DialtoneApp app, Api api) {
    String name = "<img src=x onerror=alert(1)> " + Fixtures.unique("x").substring(2);
    ObjectNode document = Fixtures.seedIvr(name);
    String id = api.createFlow(document.toString()).get("id").asString();
    AtomicInteger dialogs = new AtomicInteger();
    page.onDialog(
        dialog -> {
          dialogs.incrementAndGet();
          dialog.dismiss();
        });

    new LoginPage(page, app.baseUri().toString())
        .open()
        .logInAs(DialtoneApp.ADMIN, app.adminPassword());
    FlowsPage flows = new FlowsPage(page, app.baseUri().toString()).open();

    assertThat(flows.row(name)).hasText(name);
    assertThat(page.locator("img[src='x']")).hasCount(0);
    EditorPage editor = new EditorPage(page, app.baseUri().toString()).open(id);
    assertThat(editor.flowName()).hasText(name);
    assertThat(page.locator("img[src='x']")).hasCount(0);
    Screenshots.take(page, "escaped-flow-name");
    assertThat(dialogs.get()).isZero();
  }
}
