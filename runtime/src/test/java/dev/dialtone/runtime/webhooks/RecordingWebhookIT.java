package dev.dialtone.runtime.webhooks;

import static dev.dialtone.runtime.support.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.runtime.flows.FlowService;
import dev.dialtone.runtime.numbers.NumberService;
import dev.dialtone.runtime.recordings.Recording;
import dev.dialtone.runtime.recordings.RecordingService;
import dev.dialtone.runtime.simulator.SimulatorService;
import dev.dialtone.runtime.support.RuntimeTestApplication;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A record node's recording reaches the call's webhook as {@code recording_finished}, once, signed,
 * through the same outbox as the call's own events.
 */
@SpringBootTest(
    classes = RuntimeTestApplication.class,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:recording-webhook;DB_CLOSE_DELAY=-1",
      "dialtone.simulator.chars-per-second=2000",
      "dialtone.webhooks.first-retry=100ms",
      "dialtone.webhooks.poll-interval=50ms"
    })
class RecordingWebhookIT {

  private static final String SECRET = "s3cr3t-for-the-recording-receiver";
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String FLOW =
      """
      {"format": "dialtone.flow/1", "name": "Voicemail to a webhook",
       "nodes": [
         {"id": "start", "type": "start"},
         {"id": "message", "type": "record",
          "options": {"max_duration_ms": 1000, "finish_key": "", "variable": "voicemail"}},
         {"id": "bye", "type": "hangup"}],
       "edges": [{"from": "start", "to": "message"}, {"from": "message", "to": "bye"}]}
      """;

  @Autowired FlowService flows;
  @Autowired NumberService numbers;
  @Autowired SimulatorService simulator;
  @Autowired RecordingService recordings;
  @Autowired WebhookService webhooks;

  LoopbackReceiver receiver;

  @BeforeEach
  void startReceiver() throws IOException {
    receiver = new LoopbackReceiver(SECRET);
  }

  @AfterEach
  void stopReceiver() {
    receiver.close();
  }

  @Test
  void aStoredRecordingIsSentOnceWithItsDownloadPath() {
    UUID flowId = flows.create(FLOW, "test").flow().id();
    flows.publish(flowId, "test");
    numbers.create("+15550171", flowId);
    webhooks.putForFlow(flowId, receiver.url(), SECRET);

    UUID call = simulator.call("+15550199", "+15550171");

    // Everything of the call delivered: after that, a duplicate would be a second outbox row.
    List<OutboxEntry> entries =
        await(
            "every event of the call delivered",
            WAIT,
            () -> webhooks.deliveries(call),
            list ->
                list.stream().anyMatch(e -> e.event() == WebhookEvent.CALL_HANGUP)
                    && list.stream().anyMatch(e -> e.event() == WebhookEvent.RECORDING_FINISHED)
                    && list.stream().allMatch(e -> e.status() == DeliveryStatus.DELIVERED));
    assertThat(entries).filteredOn(e -> e.event() == WebhookEvent.RECORDING_FINISHED).hasSize(1);

    List<LoopbackReceiver.Received> finished =
        receiver.accepted().stream().filter(r -> "recording_finished".equals(r.event())).toList();
    assertThat(finished).singleElement().satisfies(r -> assertThat(r.signed()).isTrue());
    Recording recording = recordings.list(call, 0, 10).recordings().getFirst();
    JsonNode body = JSON.readTree(finished.getFirst().body());
    assertThat(body.get("event").asString()).isEqualTo("recording_finished");
    JsonNode sent = body.get("recording");
    assertThat(sent.get("id").asString()).isEqualTo(recording.id().toString());
    assertThat(sent.get("call_id").asString()).isEqualTo(call.toString());
    assertThat(sent.get("node_id").asString()).isEqualTo("message");
    assertThat(sent.get("duration_ms").asLong()).isEqualTo(1000);
    assertThat(sent.get("download_url").asString())
        .isEqualTo("/api/v1/recordings/" + recording.id() + "/audio");
    assertThat(body.get("call").get("id").asString()).isEqualTo(call.toString());
    assertThat(body.get("call").get("flow_id").asString()).isEqualTo(flowId.toString());
  }

  @Test
  void noWebhookNoRecordingEvent() {
    UUID flowId = flows.create(FLOW, "test").flow().id();
    flows.publish(flowId, "test");
    numbers.create("+15550172", flowId);

    UUID call = simulator.call("+15550199", "+15550172");

    await(
        "the recording",
        WAIT,
        () -> recordings.list(call, 0, 10).recordings(),
        list -> !list.isEmpty());
    assertThat(webhooks.deliveries(call)).isEmpty();
  }
}
