package dev.dialtone.ui.editor.testcall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialtone.flow.FlowCompiler;
import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.runtime.calls.CallStatus;
import dev.dialtone.runtime.flows.FlowService;
import dev.dialtone.runtime.problems.InvalidInputException;
import dev.dialtone.telephony.sim.SimulatedTelephony;
import dev.dialtone.telephony.sim.VirtualPhone;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The panel's session on the whole application: a draft's call, followed live and afterwards. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:test-call-ui;DB_CLOSE_DELAY=-1",
      "DIALTONE_ADMIN_PASSWORD=s3cret-admin",
      "server.address=127.0.0.1",
      "dialtone.simulator.chars-per-second=2000",
      "dialtone.simulator.play-duration=20ms"
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TestCallSessionIT {

  private static final Duration LIMIT = Duration.ofSeconds(20);

  @Autowired TestCallSession session;
  @Autowired FlowService flows;
  @Autowired FlowCompiler compiler;
  @Autowired SimulatedTelephony telephony;

  UUID flowId;
  FlowDocument draft;

  @BeforeAll
  void storeTheSeedIvr() throws IOException {
    String document;
    try (var in = getClass().getResourceAsStream("/seed-ivr.json")) {
      document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    flowId = flows.create(document, "test").flow().id();
    draft = compiler.parse(document).document();
  }

  @Test
  void aFollowedCallShowsTheMenuTheKeyTheBranchAndItsEnd() throws Exception {
    UUID callId = session.start(flowId, draft).get(10, TimeUnit.SECONDS);
    CallRun run = new CallRun(callId);
    var following = session.follow(callId, fact -> apply(run, fact));

    await(run, r -> r.status() == CallStatus.PROGRESSING && !r.transcript().isEmpty());
    session.pressDigits(callId, "2").get(5, TimeUnit.SECONDS);
    await(run, r -> r.ended() && r.transcript().getLast().text().contains("normal"));
    following.remove();

    synchronized (run) {
      assertThat(run.transcript())
          .extracting(TranscriptLine::dataType)
          .containsExactly("talk", "digits", "talk", "hangup");
      assertThat(run.transcript().get(2).text())
          .isEqualTo("Caller hears: Connecting you to support.");
      assertThat(run.transcript().getLast().text())
          .isEqualTo("Call ended: normal (hung up by flow)");
      assertThat(run.update().path())
          .containsExactly("start", "menu", "key", "route", "support", "support_bye");
      assertThat(run.update().active()).isNull();
    }

    CallRun later = new CallRun(callId);
    var catchingUp = session.follow(callId, fact -> apply(later, fact));
    await(later, r -> r.ended() && r.path().size() == 6);
    catchingUp.remove();
    synchronized (later) {
      assertThat(later.transcript()).isEqualTo(run.transcript());
      assertThat(later.update().path()).isEqualTo(run.update().path());
    }
  }

  @Test
  void aCallerWhoHangsUpEndsTheCall() throws Exception {
    UUID callId = session.start(flowId, draft).get(10, TimeUnit.SECONDS);
    CallRun run = new CallRun(callId);
    var following = session.follow(callId, fact -> apply(run, fact));
    await(run, r -> r.status() == CallStatus.PROGRESSING && !r.transcript().isEmpty());

    session.hangup(callId).get(5, TimeUnit.SECONDS);

    await(run, r -> r.ended() && r.transcript().getLast().text().contains("normal"));
    following.remove();
    synchronized (run) {
      assertThat(run.transcript().getLast().text())
          .isEqualTo("Call ended: normal (caller hung up)");
      assertThat(run.durationsMs()).containsKey("menu");
    }
  }

  @Test
  void aPhoneCallRunsTheDraftWhenAnsweredAndShowsItsPathLikeSimulate() throws Exception {
    telephony
        .phones()
        .put(
            new VirtualPhone(
                "+15550801", VirtualPhone.Behavior.ANSWER, Duration.ofMillis(20), null));
    UUID callId = session.callPhone(flowId, "+15550801", draft).get(10, TimeUnit.SECONDS);
    CallRun run = new CallRun(callId);
    var following = session.follow(callId, fact -> apply(run, fact));

    await(run, r -> r.status() == CallStatus.PROGRESSING && !r.transcript().isEmpty());
    session.pressDigits(callId, "3").get(5, TimeUnit.SECONDS); // the virtual phone's keys
    await(run, r -> r.ended() && r.transcript().getLast().text().contains("normal"));
    following.remove();

    synchronized (run) {
      assertThat(run.update().path())
          .containsExactly("start", "menu", "key", "route", "billing", "billing_bye");
    }
  }

  @Test
  void aPhoneCallCanBeEndedFromThePanel() throws Exception {
    telephony
        .phones()
        .put(
            new VirtualPhone(
                "+15550803", VirtualPhone.Behavior.ANSWER, Duration.ofMillis(20), null));
    UUID callId = session.callPhone(flowId, "+15550803", draft).get(10, TimeUnit.SECONDS);
    CallRun run = new CallRun(callId);
    var following = session.follow(callId, fact -> apply(run, fact));
    await(run, r -> r.status() == CallStatus.PROGRESSING && !r.transcript().isEmpty());

    session.endCall(callId).get(5, TimeUnit.SECONDS);

    await(run, r -> r.ended() && r.transcript().getLast().text().contains("normal"));
    following.remove();
    assertThatThrownBy(() -> session.endCall(callId).get(5, TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(dev.dialtone.runtime.problems.ConflictException.class);
  }

  @Test
  void aBusyPhoneEndsTheRunWithItsReason() throws Exception {
    telephony
        .phones()
        .put(new VirtualPhone("+15550802", VirtualPhone.Behavior.BUSY, Duration.ZERO, null));
    UUID callId = session.callPhone(flowId, "+15550802", draft).get(10, TimeUnit.SECONDS);
    CallRun run = new CallRun(callId);
    var following = session.follow(callId, fact -> apply(run, fact));

    await(run, r -> r.ended() && !r.transcript().isEmpty());
    following.remove();

    synchronized (run) {
      assertThat(run.transcript().getLast().text()).startsWith("Call ended: busy");
      assertThat(run.update().path()).isEmpty();
    }
  }

  @Test
  void aDraftWithProblemsIsRefusedWithThem() {
    FlowDocument broken = new FlowDocument(draft.name(), draft.nodes(), List.of());

    assertThatThrownBy(() -> session.start(flowId, broken).get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.problems()).isNotEmpty());
  }

  private static void apply(CallRun run, CallFact fact) {
    synchronized (run) {
      run.apply(fact);
    }
  }

  private static void await(CallRun run, Predicate<CallRun> done) throws InterruptedException {
    long deadline = System.nanoTime() + LIMIT.toNanos();
    while (true) {
      synchronized (run) {
        if (done.test(run)) {
          return;
        }
        if (System.nanoTime() > deadline) {
          throw new AssertionError(
              "timed out; status " + run.status() + ", transcript " + run.transcript());
        }
      }
      Thread.sleep(10);
    }
  }
}
