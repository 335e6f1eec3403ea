package dev.dialtone.runtime.calls;

import static dev.dialtone.runtime.support.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.flow.FlowCompiler;
import dev.dialtone.runtime.engine.ProcessDeployer;
import dev.dialtone.runtime.flows.FlowService;
import dev.dialtone.runtime.flows.FlowVersionRepository;
import dev.dialtone.runtime.legs.CallRoute;
import dev.dialtone.runtime.numbers.NumberService;
import dev.dialtone.runtime.routing.CallRejectedException;
import dev.dialtone.runtime.routing.CallRouter;
import dev.dialtone.runtime.routing.NumberRoutes;
import dev.dialtone.runtime.simulator.SimulatorService;
import dev.dialtone.runtime.support.RuntimeTestApplication;
import dev.dialtone.telephony.IncomingCall;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Routing (database, deployment) never runs on the thread that delivers telephony events: a call
 * whose routing hangs neither holds up the telephony nor another caller's keys.
 */
@SpringBootTest(
    classes = {RuntimeTestApplication.class, EventThreadIT.Routing.class},
    properties = {
      "spring.datasource.url=jdbc:h2:mem:event-thread;DB_CLOSE_DELAY=-1",
      "spring.main.allow-bean-definition-overriding=true",
      "dialtone.simulator.chars-per-second=2000"
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventThreadIT {

  private static final Duration LIMIT = Duration.ofSeconds(20);
  private static final String STUCK = "+15550500";
  private static final String IVR = "+15550501";

  @Autowired SimulatorService simulator;
  @Autowired FlowService flows;
  @Autowired NumberService numbers;
  @Autowired CallQueries calls;
  @Autowired CallJournal journal;
  @Autowired StuckRouter router;

  @TestConfiguration
  static class Routing {
    @Bean
    StuckRouter callRouter(
        NumberRoutes numbers,
        FlowVersionRepository versions,
        ProcessDeployer deployer,
        FlowCompiler compiler) {
      return new StuckRouter(numbers, versions, deployer, compiler);
    }
  }

  /** Routes like the real one, except that calls to {@link #STUCK} wait until released. */
  static class StuckRouter extends CallRouter {
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicReference<Thread> routedOn = new AtomicReference<>();

    StuckRouter(
        NumberRoutes numbers,
        FlowVersionRepository versions,
        ProcessDeployer deployer,
        FlowCompiler compiler) {
      super(numbers, versions, deployer, compiler);
    }

    @Override
    public CallRoute route(IncomingCall call) throws CallRejectedException {
      if (STUCK.equals(call.to())) {
        routedOn.set(Thread.currentThread());
        try {
          release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return super.route(call);
    }
  }

  @BeforeAll
  void publish() throws IOException {
    String document;
    try (var in = getClass().getResourceAsStream("/flows/seed-ivr.json")) {
      document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    UUID flow = flows.create(document, "test").flow().id();
    flows.publish(flow, "test");
    numbers.create(IVR, flow);
  }

  @Test
  void aStuckRoutingHoldsUpNeitherTheTelephonyNorAnotherCaller() {
    long placing = System.nanoTime();
    UUID stuck = simulator.call("+15550199", STUCK);
    assertThat(Duration.ofNanos(System.nanoTime() - placing)).isLessThan(Duration.ofSeconds(1));

    UUID other = simulator.call("+15550198", IVR);
    await("the menu", LIMIT, () -> transcriptSize(other), size -> size > 0);
    simulator.pressDigits(other, "2");
    CallRecord served = awaitHangup(other);

    assertThat(served.hangupReason()).isEqualTo(HangupReason.NORMAL);
    assertThat(router.release.getCount()).as("the stuck routing still waits").isEqualTo(1);
    Thread routing = router.routedOn.get();
    assertThat(routing).isNotNull().isNotSameAs(Thread.currentThread());
    assertThat(routing.getName()).startsWith("dialtone-call-");

    router.release.countDown();
    assertThat(awaitHangup(stuck).rejectReason()).isEqualTo("number " + STUCK + " is not in use");
  }

  private int transcriptSize(UUID call) {
    journal.flush();
    return calls.list(CallFilter.newest().build()).stream().anyMatch(c -> c.id().equals(call))
        ? calls.transcript(call).size()
        : 0;
  }

  private CallRecord awaitHangup(UUID call) {
    return await(
        "hang-up of " + call,
        LIMIT,
        () -> {
          journal.flush();
          return calls.list(CallFilter.newest().build()).stream()
              .filter(c -> c.id().equals(call))
              .findFirst()
              .orElse(null);
        },
        c -> c != null && c.status() == CallStatus.HANGUP && c.hangupReason() != null);
  }
}
