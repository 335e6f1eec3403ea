package dev.dialtone.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import dev.dialtone.e2e.pages.CallPage;
import dev.dialtone.e2e.pages.EditorPage;
import dev.dialtone.e2e.pages.LoginPage;
import dev.dialtone.e2e.pages.TestCallPanelPage;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * A voicemail simulated from the editor: the record node records the (silent) simulated caller for
 * 1 s; the call's page lists the recording, the browser's audio element loads it and reports about
 * a second, and the download link hands over the WAV.
 */
@ExtendWith(DialtoneExtension.class)
class RecordingJourneyIT {

  private static final String VOICEMAIL =
      """
      {"format": "dialtone.flow/1", "name": "%s",
       "nodes": [{"id": "start", "type": "start"},
                 {"id": "prompt", "type": "talk", "options": {"text": "Leave a message."}},
                 {"id": "message", "type": "record",
                  "options": {"max_duration_ms": 1000, "finish_key": "", "variable": "voicemail"}},
                 {"id": "bye", "type": "hangup"}],
       "edges": [{"from": "start", "to": "prompt"}, {"from": "prompt", "to": "message"},
                 {"from": "message", "to": "bye"}]}
      """;

  @Test
  void aRecordingOfASimulatedCallPlaysOnTheCallPage(Page page, DialtoneApp app, Api api)
      throws Exception {
    String flowId =
        api.createFlow(VOICEMAIL.formatted(Fixtures.unique("Voicemail"))).get("id").asString();
    String baseUrl = app.baseUri().toString();
    new LoginPage(page, baseUrl).open().logInAs(DialtoneApp.ADMIN, app.adminPassword());
    new EditorPage(page, baseUrl).open(flowId);

    page.locator("#test-call").click();
    TestCallPanelPage call = new TestCallPanelPage(page);
    call.start().waitForLine("record_finished", "Recording finished").waitForStatus("hangup");
    String callId = call.panel().getAttribute("data-call-id");

    // What the server stored: one recording of the call, 1 s long.
    List<JsonNode> stored = api.recordings(callId);
    assertThat(stored).hasSize(1);
    assertThat(stored.getFirst().get("duration_ms").asLong()).isEqualTo(1000);

    CallPage callPage = new CallPage(page).open(baseUrl, callId);
    assertThat(callPage.recordings()).hasCount(1);
    assertThat(callPage.recordings().first()).containsText("Node message, 1.0 s");
    assertThat(callPage.firstRecordingSeconds()).isBetween(0.9, 1.1);
    Screenshots.take(page, "call-recording");

    Download download = page.waitForDownload(() -> callPage.firstRecordingDownload().click());
    byte[] wav = Files.readAllBytes(download.path());
    assertThat(new String(wav, 0, 4)).isEqualTo("RIFF");
    assertThat(wav.length).isEqualTo(stored.getFirst().get("size_bytes").asInt());
  }
}
