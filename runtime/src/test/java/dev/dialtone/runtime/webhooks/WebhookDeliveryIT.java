package dev.dialtone.runtime.webhooks;

import static dev.dialtone.runtime.support.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.runtime.calls.CallJournal;
import dev.dialtone.runtime.calls.CallRepository;
import dev.dialtone.runtime.calls.CallStatus;
import dev.dialtone.runtime.flows.FlowService;
import dev.dialtone.runtime.numbers.NumberService;
import dev.dialtone.runtime.simulator.SimulatorService;
import dev.dialtone.runtime.support.RuntimeTestApplication;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real calls on the simulated telephony, webhooks to a receiver on loopback; backoff shortened so
 * retries happen within the test.
 */
class WebhookDeliveryIT {

  private static final String SECRET = "s3cr3t-for-the-loopback-receiver";
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path data;
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
  void everyEventOfACallArrivesOnceInOrderAndSigned() throws Exception {
    try (ConfigurableApplicationContext app = start(8)) {
      UUID call = callAndHangUp(app, true);

      List<LoopbackReceiver.Received> got = awaitHangupDelivered(call);
      Thread.sleep(500); // a duplicate would arrive within a few polls

      assertInOrderOnce(call, receiver.requests());
      assertThat(got).allMatch(LoopbackReceiver.Received::signed);
      assertThat(app.getBean(WebhookService.class).deliveries(call))
          .allMatch(e -> e.status() == DeliveryStatus.DELIVERED && e.attempts() == 1)
          .allMatch(e -> e.history().getFirst().statusCode() == 204);
    }
  }

  @Test
  void aReceiverFailingThreeTimesThenRecoveringGetsTheRest() throws Exception {
    receiver.failNext(3);
    try (ConfigurableApplicationContext app = start(8)) {
      UUID call = callAndHangUp(app, true);

      awaitHangupDelivered(call);

      assertInOrderOnce(call, receiver.accepted());
      assertThat(receiver.requests()).hasSize(receiver.accepted().size() + 3);
      OutboxEntry first = app.getBean(WebhookService.class).deliveries(call).getFirst();
      assertThat(first.event()).isEqualTo(WebhookEvent.CALL_CREATED);
      assertThat(first.history())
          .extracting(DeliveryAttempt::statusCode)
          .containsExactly(500, 500, 500, 204);
      assertThat(first.history()).extracting(DeliveryAttempt::attempt).containsExactly(1, 2, 3, 4);
    }
  }

  @Test
  void aRestartInBetweenLosesNothing() throws Exception {
    receiver.down(true);
    UUID call;
    try (ConfigurableApplicationContext first = start(8)) {
      call = callAndHangUp(first, true);
      // the hang-up is handled on the call's own queue: wait until it is recorded, so that the
      // restart below finds every event of the call in the outbox
      await(
          "the hang-up to be recorded",
          WAIT,
          () -> {
            first.getBean(CallJournal.class).flush();
            return first.getBean(CallRepository.class).find(call);
          },
          record -> record.map(r -> r.status() == CallStatus.HANGUP).orElse(false));
      WebhookService service = first.getBean(WebhookService.class);
      await(
          "a first failed attempt",
          WAIT,
          () -> service.deliveries(call),
          list -> !list.isEmpty() && list.getFirst().attempts() >= 1);
    }
    assertThat(receiver.accepted()).isEmpty();

    receiver.down(false);
    try (ConfigurableApplicationContext second = start(8)) {
      awaitHangupDelivered(call);
      assertInOrderOnce(call, receiver.accepted());
    }
  }

  @Test
  void aReceiverThatStaysDownIsGivenUpOnVisibly() throws Exception {
    receiver.down(true);
    try (ConfigurableApplicationContext app = start(2)) {
      UUID call = callAndHangUp(app, false);
      WebhookService service = app.getBean(WebhookService.class);

      List<OutboxEntry> entries =
          await(
              "the created event to fail for good",
              WAIT,
              () -> service.deliveries(call),
              list -> !list.isEmpty() && list.getFirst().status() == DeliveryStatus.FAILED);

      assertThat(entries.getFirst().history())
          .extracting(DeliveryAttempt::statusCode)
          .containsExactly(503, 503);
      assertThat(entries.getFirst().history().getLast().error()).contains("503");
    }
  }

  private ConfigurableApplicationContext start(int maxAttempts) {
    ConfigurableApplicationContext app =
        new SpringApplication(RuntimeTestApplication.class)
            .run(
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("db") + ";AUTO_SERVER=FALSE",
                "--spring.main.banner-mode=off",
                "--dialtone.simulator.chars-per-second=1000",
                "--dialtone.webhooks.first-retry=100ms",
                "--dialtone.webhooks.poll-interval=50ms",
                "--dialtone.webhooks.max-attempts=" + maxAttempts);
    return app;
  }

  /** Places a call on a published seed IVR and hangs it up once answered. */
  private UUID callAndHangUp(ConfigurableApplicationContext app, boolean hangUp)
      throws IOException {
    WebhookService webhooks = app.getBean(WebhookService.class);
    FlowService flows = app.getBean(FlowService.class);
    UUID flowId = flows.create(seedIvr(), "test").flow().id();
    flows.publish(flowId, "test");
    String number = "+1555" + (1_000_000 + (int) (Math.random() * 8_000_000));
    app.getBean(NumberService.class).create(number, flowId);
    webhooks.putDefault(receiver.url(), SECRET);

    SimulatorService simulator = app.getBean(SimulatorService.class);
    UUID call = simulator.call("+15550199", number);
    if (hangUp) {
      await(
          "the call to be answered",
          WAIT,
          () -> app.getBean(CallRepository.class).find(call),
          record -> record.map(r -> r.status() == CallStatus.PROGRESSING).orElse(false));
      simulator.hangup(call);
    }
    return call;
  }

  private List<LoopbackReceiver.Received> awaitHangupDelivered(UUID call) {
    return await(
        "the hang-up of " + call + " to be delivered",
        WAIT,
        receiver::accepted,
        list -> list.stream().anyMatch(r -> "call_hangup".equals(r.event())));
  }

  /**
   * call_created, then call_updated for each status forward, then call_hangup with reason and side:
   * each once, all of this call, statuses strictly forward.
   */
  private static void assertInOrderOnce(UUID call, List<LoopbackReceiver.Received> received) {
    List<JsonNode> bodies = received.stream().map(r -> JSON.readTree(r.body())).toList();
    assertThat(bodies).allMatch(b -> b.get("call").get("id").asString().equals(call.toString()));
    assertThat(received).extracting(LoopbackReceiver.Received::delivery).doesNotHaveDuplicates();
    List<String> events = received.stream().map(LoopbackReceiver.Received::event).toList();
    assertThat(events.getFirst()).isEqualTo("call_created");
    assertThat(events.getLast()).isEqualTo("call_hangup");
    assertThat(events.subList(1, events.size() - 1)).isNotEmpty().containsOnly("call_updated");
    List<String> statuses = bodies.stream().map(b -> b.get("status").asString()).toList();
    assertThat(statuses).doesNotHaveDuplicates().contains("progressing");
    assertThat(statuses.getLast()).isEqualTo("hangup");
    JsonNode hangup = bodies.getLast();
    assertThat(hangup.get("hangup_reason").asString()).isEqualTo("normal");
    assertThat(hangup.get("hangup_by").asString()).isEqualTo("remote");
  }

  private String seedIvr() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/flows/seed-ivr.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
