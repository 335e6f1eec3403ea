package dev.dialtone.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.dialtone.e2e.pages.EditorPage;
import dev.dialtone.e2e.pages.FlowsPage;
import dev.dialtone.e2e.pages.LoginPage;
import dev.dialtone.e2e.pages.NumbersPage;
import dev.dialtone.e2e.pages.UsersPage;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Journey 7: an admin adds a viewer, who sees flows and numbers but can neither edit nor publish.
 */
@ExtendWith(DialtoneExtension.class)
class ViewerJourneyIT {

  @Test
  void aViewerCannotEditOrPublish(Page page, DialtoneApp app, Api api) {
    String flowName = Fixtures.unique("Read only");
    String flowId = api.createFlow(Fixtures.seedIvr(flowName).toString()).get("id").asString();
    String viewer = "viewer-" + UUID.randomUUID().toString().substring(0, 8);
    String password = "pw-" + UUID.randomUUID();
    String baseUrl = app.baseUri().toString();
    FlowsPage asAdmin =
        new LoginPage(page, baseUrl).open().logInAs(DialtoneApp.ADMIN, app.adminPassword());

    UsersPage users = asAdmin.openUsers();
    users.addUser(viewer, "Viewer", password).awaitDialogClosed();
    assertThat(users.row(viewer)).isVisible();
    Screenshots.take(page, "users");
    assertThat(api.as(viewer, password).listStatus()).isEqualTo(200);
    users.disableButton(DialtoneApp.ADMIN).click();
    assertThat(users.notification())
        .containsText("Cannot disable admin: it is the last enabled admin");
    assertThat(api.listStatus()).isEqualTo(200);

    FlowsPage flows = asAdmin.logOut().logInAs(viewer, password);

    assertThat(flows.rows(flowName)).hasCount(1);
    assertThat(flows.newFlowButton()).hasCount(0);
    assertThat(flows.button("Delete " + flowName)).hasCount(0);
    assertThat(flows.button("Rename " + flowName)).hasCount(0);
    assertThat(flows.sideNav()).not().containsText("Users");
    EditorPage editor = flows.openEditor(flowName);
    assertThat(editor.exportLink()).isVisible();
    assertThat(editor.publishButton()).hasCount(0);
    Screenshots.take(page, "editor-viewer");
    NumbersPage numbers = new NumbersPage(page, baseUrl).open();
    assertThat(numbers.form()).hasCount(0);

    assertThat(api.as(viewer, password).publishStatus(flowId)).isEqualTo(403);
    assertThat(api.flow(flowId).get("published_version").isNull()).isTrue();
    assertThat(api.flow(flowId).get("revision").asInt()).isEqualTo(1);
  }
}
