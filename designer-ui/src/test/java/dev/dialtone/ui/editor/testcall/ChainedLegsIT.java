package dev.dialtone.ui.editor.testcall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.dialtone.flow.FlowCompiler;
import dev.dialtone.flow.model.FlowDocument;
import dev.dialtone.runtime.dialing.DialTree;
import dev.dialtone.runtime.dialing.Dialing;
import dev.dialtone.runtime.flows.FlowService;
import dev.dialtone.runtime.groups.RingMethod;
import dev.dialtone.runtime.legs.CallLeg;
import dev.dialtone.runtime.legs.CallLegRegistry;
import dev.dialtone.runtime.simulator.PhoneRequest;
import dev.dialtone.telephony.Destination;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The Simulate panel's chained legs on the whole application: a test call waits in a flow while the
 * dialing engine rings virtual phones for it, and a follower of the call hears each leg ring,
 * answer, get bridged or cancelled — live from the journal, and again from a catch-up read.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:chained-legs-ui;DB_CLOSE_DELAY=-1",
      "DIALTONE_ADMIN_PASSWORD=s3cret-admin",
      "server.address=127.0.0.1"
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChainedLegsIT {

  private static final Duration LIMIT = Duration.ofSeconds(30);
  private static final AtomicInteger PHONES = new AtomicInteger(100);

  @Autowired TestCallSession session;
  @Autowired FlowService flows;
  @Autowired FlowCompiler compiler;
  @Autowired Dialing dialing;
  @Autowired CallLegRegistry registry;

  UUID flowId;
  FlowDocument draft;

  @BeforeAll
  void storeAHoldingFlow() throws IOException {
    String document;
    try (var in = getClass().getResourceAsStream("/flows/hold.json")) {
      document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    flowId = flows.create(document, "test").flow().id();
    draft = compiler.parse(document).document();
  }

  @Test
  void theAnsweringLegIsBridgedAndTheRingingOneCancelled() throws Exception {
    String answers = phone("answer", 300, null);
    String silent = phone("noanswer", 0, null);
    UUID callId = session.start(flowId, draft).get(10, TimeUnit.SECONDS);
    CallRun run = new CallRun(callId);
    var following = session.follow(callId, fact -> apply(run, fact));

    dialing.dial(waiting(callId), group(60_000, answers, silent));

    await(run, r -> r.legs().size() == 2 && r.legs().stream().noneMatch(l -> live(l.state())));
    await(run, r -> r.transcript().stream().anyMatch(l -> l.dataType().equals("bridged")));
    synchronized (run) {
      assertThat(run.legs())
          .extracting(LegLine::destination, LegLine::state, LegLine::reason, LegLine::bridged)
          .containsExactlyInAnyOrder(
              tuple(answers, "bridged", null, true),
              tuple(silent, "cancelled", "cancel (by local)", false));
      assertThat(run.transcript())
          .filteredOn(l -> l.dataType().equals("bridged"))
          .extracting(TranscriptLine::text)
          .containsExactly("Connected to " + answers);
    }

    // A follower that comes later (the panel attached again) reads the same story.
    CallRun later = new CallRun(callId);
    var catchingUp = session.follow(callId, fact -> apply(later, fact));
    await(later, r -> r.legs().size() == 2 && r.legs().stream().anyMatch(LegLine::bridged));
    catchingUp.remove();
    synchronized (later) {
      assertThat(later.legs())
          .extracting(LegLine::destination, LegLine::state)
          .containsExactlyInAnyOrder(tuple(answers, "bridged"), tuple(silent, "cancelled"));
    }

    session.hangup(callId).get(5, TimeUnit.SECONDS);
    await(run, r -> r.ended() && r.legs().stream().allMatch(l -> l.reason() != null));
    following.remove();
    synchronized (run) {
      // the caller's hang-up ends the bridged leg from our side; it stays marked as bridged
      assertThat(run.legs())
          .extracting(LegLine::destination, LegLine::state, LegLine::reason, LegLine::bridged)
          .containsExactlyInAnyOrder(
              tuple(answers, "ended", "normal (by local)", true),
              tuple(silent, "cancelled", "cancel (by local)", false));
    }
  }

  @Test
  void nobodyAnsweringShowsBusyFailedAndDialout() throws Exception {
    String busy = phone("busy", 0, null);
    String silent = phone("noanswer", 0, null);
    String unserved = "+1555990" + PHONES.incrementAndGet();
    UUID callId = session.start(flowId, draft).get(10, TimeUnit.SECONDS);
    CallRun run = new CallRun(callId);
    var following = session.follow(callId, fact -> apply(run, fact));

    dialing.dial(waiting(callId), group(1_000, busy, silent, unserved));

    await(run, r -> r.legs().size() == 3 && r.legs().stream().noneMatch(l -> live(l.state())));
    synchronized (run) {
      assertThat(run.legs())
          .extracting(LegLine::destination, LegLine::state)
          .containsExactlyInAnyOrder(
              tuple(busy, "busy"), tuple(silent, "dialout"), tuple(unserved, "failed"));
      assertThat(run.legs()).noneMatch(LegLine::bridged);
    }
    session.hangup(callId).get(5, TimeUnit.SECONDS);
    await(run, CallRun::ended);
    following.remove();
  }

  @Test
  void virtualPhonesAreTheSimulatorsOwn() {
    String address = "+1555980" + PHONES.incrementAndGet();
    session.putPhone(new PhoneRequest(address, "reject", 250L, null));

    assertThat(session.phones())
        .filteredOn(p -> p.address().equals(address))
        .singleElement()
        .satisfies(p -> assertThat(p.after()).isEqualTo(Duration.ofMillis(250)));
    session.removePhone(address);
    assertThat(session.phones()).noneMatch(p -> p.address().equals(address));
  }

  private static boolean live(String state) {
    return List.of("dialing", "ringing", "answered", "cancelling", "ending").contains(state);
  }

  private CallLeg waiting(UUID callId) throws InterruptedException {
    long deadline = System.nanoTime() + LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      var leg = registry.byCallId(callId).filter(l -> "hold".equals(l.currentNodeId()));
      if (leg.isPresent()) {
        return leg.get();
      }
      Thread.sleep(10);
    }
    throw new AssertionError("call " + callId + " never reached the hold node");
  }

  private String phone(String behavior, long afterMs, Long talkMs) {
    String address = "+1555970" + PHONES.incrementAndGet();
    session.putPhone(new PhoneRequest(address, behavior, afterMs, talkMs));
    return address;
  }

  private static DialTree.Group group(long timeoutMs, String... addresses) {
    List<DialTree> members =
        Arrays.stream(addresses)
            .<DialTree>map(a -> new DialTree.Target(Destination.tel(a)))
            .toList();
    return new DialTree.Group("test", RingMethod.RING_ALL, Duration.ofMillis(timeoutMs), members);
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
          throw new AssertionError("timed out; legs " + run.legs() + ", status " + run.status());
        }
      }
      Thread.sleep(10);
    }
  }
}
