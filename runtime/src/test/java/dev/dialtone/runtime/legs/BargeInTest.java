package dev.dialtone.runtime.legs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.telephony.CallEventListener;
import dev.dialtone.telephony.DialProgress;
import dev.dialtone.telephony.HangupCause;
import dev.dialtone.telephony.IncomingCall;
import dev.dialtone.telephony.RecordedAudio;
import dev.dialtone.telephony.Speech;
import dev.dialtone.telephony.sim.SimulatedTelephony;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Keys pressed during the prompts before a digits node, on the simulated telephony. */
class BargeInTest {

  /** 10 characters a second: the menu below lasts 6 s unless a key cuts it short. */
  private final SimulatedTelephony telephony = new SimulatedTelephony(10, Duration.ofSeconds(5));

  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private final List<String> heard = new CopyOnWriteArrayList<>();
  private final CallLeg leg;

  BargeInTest() {
    telephony.listen(new Silent());
    String channel = telephony.placeCall("+15550199", "+15550100", Map.of());
    leg = new CallLeg(UUID.randomUUID(), channel, "+15550199", "+15550100", telephony);
  }

  @AfterEach
  void close() {
    timer.shutdownNow();
    telephony.close();
  }

  private CompletableFuture<Void> prompt(String name) {
    leg.queueMedia(
        () -> heard.add(name),
        () -> telephony.speak(leg.channelId(), new Speech("x".repeat(60), "en-US", "female")),
        (error, cutShort) -> heard.add(name + (cutShort ? " cut short" : " heard")));
    return leg.mediaIdle();
  }

  @Test
  void aKeyStopsThePromptsAtOnceAndServesTheDigitsNode() throws Exception {
    prompt("menu");
    CompletableFuture<Void> idle = prompt("options");
    leg.bargeIn(true);

    leg.keyPressed('2');

    idle.get(1, TimeUnit.SECONDS);
    assertThat(heard).containsExactly("menu", "menu cut short", "options cut short");
    assertThat(digits()).isEqualTo("2");
  }

  @Test
  void aKeyPressedBeforeTheDigitsNodeArrivesCutsThePromptOnceItDoes() throws Exception {
    CompletableFuture<Void> idle = prompt("menu");
    leg.keyPressed('3');
    assertThat(idle).isNotDone();

    leg.bargeIn(true);

    idle.get(1, TimeUnit.SECONDS);
    assertThat(heard).containsExactly("menu", "menu cut short");
    assertThat(digits()).isEqualTo("3");
  }

  @Test
  void withBargeInOffThePromptPlaysOnAndTheKeyIsKept() throws Exception {
    CompletableFuture<Void> idle = prompt("menu");
    leg.bargeIn(false);

    leg.keyPressed('1');

    Thread.sleep(300);
    assertThat(idle).isNotDone();
    assertThat(heard).containsExactly("menu");
    telephony.stopMedia(leg.channelId()); // ends the test quickly
    idle.get(1, TimeUnit.SECONDS);
    assertThat(digits()).isEqualTo("1");
  }

  private String digits() throws Exception {
    return leg.collectDigits(new DigitRequest(1, '#', Duration.ofSeconds(1)), timer)
        .get(2, TimeUnit.SECONDS);
  }

  private static final class Silent implements CallEventListener {
    @Override
    public void onIncoming(IncomingCall call) {}

    @Override
    public void onDtmf(String channelId, char digit) {}

    @Override
    public void onDialProgress(String channelId, DialProgress progress) {}

    @Override
    public void onRemoteHangup(String channelId, HangupCause cause) {}

    @Override
    public void onRecordingFinished(String channelId, RecordedAudio recording) {}
  }
}
