package dev.dialtone.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import dev.dialtone.e2e.pages.EditorPage;
import dev.dialtone.e2e.pages.FlowsPage;
import dev.dialtone.e2e.pages.LoginPage;
import dev.dialtone.e2e.pages.PropertyPanelPage;
import dev.dialtone.e2e.pages.TestCallPanelPage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * A groupcall built on the canvas and simulated: two virtual phones set up in the Simulate panel,
 * one answering after 1 s and one never; the panel shows the answering leg bridged and the other
 * cancelled, and the server stored both as legs chained to the test call with those endings.
 */
@ExtendWith(DialtoneExtension.class)
class GroupcallJourneyIT {

  private Page page;
  private EditorPage editor;

  @Test
  void ringAllBridgesTheAnsweringPhoneAndCancelsTheOther(Page page, DialtoneApp app, Api api)
      throws Exception {
    this.page = page;
    page.setViewportSize(1920, 1080);
    String name = Fixtures.unique("Ring all");
    String baseUrl = app.baseUri().toString();
    FlowsPage flows =
        new LoginPage(page, baseUrl).open().logInAs(DialtoneApp.ADMIN, app.adminPassword());
    editor = flows.createFlow(name);
    String answers = phoneNumber();
    String silent = phoneNumber();

    // the new flow is start → hangup: a groupcall goes between them
    moveTo("start", 0);
    moveTo("hangup", 3);
    Instant before = Instant.now();
    editor.dragPaletteItem("groupcall", 190.0 + 195, 80.0);
    page.waitForCondition(() -> editor.nodeIds().size() == 3);
    PropertyPanelPage properties = new PropertyPanelPage(page);
    String added =
        editor.nodeIds().stream()
            .filter(id -> !id.equals("start") && !id.equals("hangup"))
            .findFirst()
            .orElseThrow();
    assertThat(properties.idField().locator("input")).hasValue(added);
    properties
        .rename("ring")
        .fill("ring_method", "ring_all")
        .addDestination("destinations", answers)
        .addDestination("destinations", silent);
    editor.connect("start", "next", "ring");
    editor.connect("ring", "answered", "hangup");
    editor.connect("ring", "no_answer", "hangup");
    assertThat(editor.edges()).hasCount(3);
    assertThat(page.locator("#problems")).isHidden();
    page.locator("#save").click();
    assertThat(page.locator("#save-state")).hasAttribute("data-dirty", "false");
    JsonNode ring = node(api.flowNamed(name).orElseThrow().get("document"), "ring");
    assertThat(ring.get("type").asString()).isEqualTo("groupcall");
    assertThat(ring.get("options").get("destinations").toString())
        .isEqualTo(
            "[{\"type\":\"tel\",\"target\":\""
                + answers
                + "\"},{\"type\":\"tel\",\"target\":\""
                + silent
                + "\"}]");

    page.locator("#test-call").click();
    TestCallPanelPage call = new TestCallPanelPage(page);
    call.addVirtualPhone(answers, "answer", 1000, null);
    call.addVirtualPhone(silent, "noanswer", 0, null);
    assertThat(call.virtualPhone(answers)).isVisible();
    assertThat(call.virtualPhone(silent)).isVisible();

    call.start().waitForLeg(answers, "bridged").waitForLeg(silent, "cancelled");
    assertThat(call.leg(answers)).hasAttribute("data-bridged", "true");
    assertThat(call.leg(silent)).containsText("cancel (by local)");
    call.waitForLine("bridged", "Connected to " + answers);
    Screenshots.take(page, "editor-simulate-groupcall");
    String callId = call.panel().getAttribute("data-call-id");

    // the answering phone talks until the caller hangs up
    call.hangUp().waitForStatus("hangup").waitForLeg(answers, "ended");
    assertThat(call.leg(answers)).hasAttribute("data-bridged", "true");

    // What the server stored: both legs chained to the test call, with how each ended.
    List<JsonNode> legs = chainedLegs(api, callId, 2);
    assertThat(legs)
        .extracting(
            l -> l.get("to").asString(),
            l -> l.get("hangup_reason").asString(),
            l -> l.get("hangup_by").asString(),
            l -> l.get("master_call_id").asString())
        .containsExactlyInAnyOrder(
            tuple(answers, "normal", "local", callId), tuple(silent, "cancel", "local", callId));
    JsonNode bridged =
        legs.stream().filter(l -> l.get("to").asString().equals(answers)).findFirst().orElseThrow();
    assertThat(Instant.parse(bridged.get("tm_progressing").asString())).isAfter(before);
  }

  /** The test call's chained legs once each of them has hung up (the journal writes in batches). */
  private static List<JsonNode> chainedLegs(Api api, String callId, int count)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
    while (true) {
      List<JsonNode> legs = new ArrayList<>();
      JsonNode master = api.call(callId).orElse(null);
      if (master != null && master.has("chained_call_ids")) {
        master.get("chained_call_ids").forEach(id -> api.call(id.asString()).ifPresent(legs::add));
      }
      if (legs.size() == count
          && legs.stream().allMatch(l -> "hangup".equals(l.get("status").asString()))) {
        return legs;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("legs of " + callId + " not all stored as ended: " + legs);
      }
      Thread.sleep(200);
    }
  }

  private static String phoneNumber() {
    return "+1555" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_000_000));
  }

  private void moveTo(String nodeId, int column) {
    BoundingBox box = editor.node(nodeId).locator(".dt-head").boundingBox();
    BoundingBox pane = page.locator("#canvas .react-flow").boundingBox();
    double x = 190.0 + column * 195;
    double y = 80.0;
    editor.dragNode(
        nodeId, pane.x + x - (box.x + box.width / 2), pane.y + y - (box.y + box.height / 2));
    page.waitForCondition(
        () -> {
          BoundingBox now = editor.node(nodeId).locator(".dt-head").boundingBox();
          return Math.abs(now.x + now.width / 2 - (pane.x + x)) < 4;
        });
  }

  private static JsonNode node(JsonNode document, String id) {
    for (JsonNode node : document.get("nodes")) {
      if (node.get("id").asString().equals(id)) {
        return node;
      }
    }
    throw new AssertionError("no node " + id + " in " + document);
  }
}
