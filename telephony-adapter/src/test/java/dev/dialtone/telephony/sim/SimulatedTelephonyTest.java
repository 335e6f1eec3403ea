package dev.dialtone.telephony.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialtone.telephony.CallEventListener;
import dev.dialtone.telephony.ChannelGoneException;
import dev.dialtone.telephony.DialProgress;
import dev.dialtone.telephony.HangupCause;
import dev.dialtone.telephony.IncomingCall;
import dev.dialtone.telephony.RecordedAudio;
import dev.dialtone.telephony.Speech;
import dev.dialtone.telephony.UnknownChannelException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SimulatedTelephonyTest {

  private final List<String> events = new CopyOnWriteArrayList<>();
  private final SimulatedTelephony telephony = new SimulatedTelephony(100, Duration.ofMillis(30));

  SimulatedTelephonyTest() {
    telephony.listen(
        new CallEventListener() {
          @Override
          public void onIncoming(IncomingCall call) {
            events.add("incoming " + call.from() + "->" + call.to() + " " + call.arguments());
          }

          @Override
          public void onDtmf(String channelId, char digit) {
            events.add("dtmf " + digit);
          }

          @Override
          public void onRemoteHangup(String channelId, HangupCause cause) {
            events.add("hangup " + cause);
          }

          @Override
          public void onDialProgress(String channelId, DialProgress progress) {
            events.add(
                "progress "
                    + progress.state()
                    + (progress.failure() == null ? "" : " " + progress.failure()));
          }

          @Override
          public void onRecordingFinished(String channelId, RecordedAudio recording) {
            events.add("recorded " + recording.end());
          }
        });
  }

  @AfterEach
  void close() {
    telephony.close();
  }

  @Test
  void speechLastsAsLongAsTheTextTakesToSay() throws Exception {
    String channel = telephony.placeCall("+15550199", "+15550100", Map.of("k", "v"));
    telephony.answer(channel).get();

    long started = System.nanoTime();
    telephony
        .speak(channel, new Speech("x".repeat(20), "en-US", "female"))
        .get(2, TimeUnit.SECONDS);
    long tookMillis = (System.nanoTime() - started) / 1_000_000;

    assertThat(tookMillis).isBetween(180L, 1_000L);
    assertThat(events).containsExactly("incoming +15550199->+15550100 {k=v}");
  }

  @Test
  void digitsAndHangupReachTheListenerInOrder() {
    String channel = telephony.placeCall("+1", "+2", Map.of());
    telephony.pressDigits(channel, "1#");
    telephony.hangupByCaller(channel);

    assertThat(events).containsSubsequence("dtmf 1", "dtmf #", "hangup NORMAL");
    assertThat(telephony.isLive(channel)).isFalse();
  }

  @Test
  void callerHangupFailsThePromptInProgress() {
    String channel = telephony.placeCall("+1", "+2", Map.of());
    var prompt = telephony.play(channel, URI.create("https://example.com/a.wav"));

    telephony.hangupByCaller(channel);

    assertThatThrownBy(() -> prompt.get(1, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(ChannelGoneException.class);
    assertThat(telephony.speak(channel, new Speech("hi", "en-US", "female")))
        .isCompletedExceptionally();
  }

  @Test
  void keysThatAreNotOnAKeypadAreRefusedWholly() {
    String channel = telephony.placeCall("+1", "+2", Map.of());

    assertThatThrownBy(() -> telephony.pressDigits(channel, "1x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'x'");
    assertThat(events).noneMatch(e -> e.startsWith("dtmf"));
  }

  @Test
  void actionsOnAnUnknownChannelAreRefused() {
    assertThatThrownBy(() -> telephony.pressDigits("nope", "1"))
        .isInstanceOf(UnknownChannelException.class);
    assertThatThrownBy(() -> telephony.hangupByCaller("nope"))
        .isInstanceOf(UnknownChannelException.class);
  }

  @Test
  void localHangupEndsTheChannelWithoutAnEvent() throws Exception {
    String channel = telephony.placeCall("+1", "+2", Map.of());
    var prompt = telephony.speak(channel, new Speech("a long prompt here", "en-US", "male"));

    telephony.hangup(channel, HangupCause.NORMAL).get();

    assertThat(prompt).isCompletedExceptionally();
    assertThat(events).noneMatch(e -> e.startsWith("hangup"));
    assertThat(telephony.liveChannels()).isZero();
  }
}
