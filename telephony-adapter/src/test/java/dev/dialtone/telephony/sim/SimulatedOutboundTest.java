package dev.dialtone.telephony.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.telephony.CallEventListener;
import dev.dialtone.telephony.Destination;
import dev.dialtone.telephony.Dial;
import dev.dialtone.telephony.DialProgress;
import dev.dialtone.telephony.HangupCause;
import dev.dialtone.telephony.IncomingCall;
import dev.dialtone.telephony.RecordedAudio;
import dev.dialtone.telephony.RecordingRequest;
import dev.dialtone.telephony.Speech;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Originate, virtual phones, bridges, barge-in and recordings on the simulated telephony. */
class SimulatedOutboundTest {

  private final List<String> events = new CopyOnWriteArrayList<>();
  private final SimulatedTelephony telephony = new SimulatedTelephony(10, Duration.ofSeconds(5));

  SimulatedOutboundTest() {
    telephony.listen(
        new CallEventListener() {
          @Override
          public void onIncoming(IncomingCall call) {}

          @Override
          public void onDtmf(String channelId, char digit) {}

          @Override
          public void onDialProgress(String channelId, DialProgress progress) {
            events.add(
                channelId
                    + " "
                    + progress.state()
                    + (progress.failure() == null ? "" : " " + progress.failure()));
          }

          @Override
          public void onRemoteHangup(String channelId, HangupCause cause) {
            events.add(channelId + " hangup " + cause);
          }

          @Override
          public void onRecordingFinished(String channelId, RecordedAudio recording) {
            events.add(channelId + " recorded " + recording.end());
          }
        });
  }

  @AfterEach
  void close() {
    telephony.close();
  }

  private static Dial dial(String channel, String address, long timeoutMs) {
    return new Dial(
        channel, Destination.tel(address), "+15550100", Duration.ofMillis(timeoutMs), Map.of());
  }

  private void phone(String address, VirtualPhone.Behavior behavior, long afterMs, Long talkMs) {
    telephony
        .phones()
        .put(
            new VirtualPhone(
                address,
                behavior,
                Duration.ofMillis(afterMs),
                talkMs == null ? null : Duration.ofMillis(talkMs)));
  }

  private void awaitEvents(int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
    while (events.size() < count && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
  }

  @Test
  void anAnsweringPhoneRingsAnswersAndHangsUpAfterItsTalkTime() throws Exception {
    phone("+15550001", VirtualPhone.Behavior.ANSWER, 50, 100L);

    telephony.originate(dial("out-1", "+15550001", 2_000)).get();
    awaitEvents(3);

    assertThat(events).containsExactly("out-1 RINGING", "out-1 ANSWERED", "out-1 hangup NORMAL");
    assertThat(telephony.isLive("out-1")).isFalse();
  }

  @Test
  void busyRejectingSilentAndMissingPhonesFailWithTheirReasons() throws Exception {
    phone("+15550002", VirtualPhone.Behavior.BUSY, 10, null);
    phone("+15550003", VirtualPhone.Behavior.REJECT, 10, null);
    phone("+15550004", VirtualPhone.Behavior.NOANSWER, 0, null);

    telephony.originate(dial("busy", "+15550002", 1_000)).get();
    telephony.originate(dial("reject", "+15550003", 1_000)).get();
    telephony.originate(dial("silent", "+15550004", 100)).get();
    telephony.originate(dial("nobody", "+15550005", 1_000)).get();
    awaitEvents(7);

    assertThat(events)
        .contains(
            "busy FAILED BUSY",
            "reject FAILED NOANSWER",
            "silent FAILED DIALOUT",
            "nobody FAILED FAILED")
        .doesNotContain("nobody RINGING");
    assertThat(telephony.liveChannels()).isZero();
  }

  @Test
  void aCancelledCallReportsNothingMore() throws Exception {
    phone("+15550006", VirtualPhone.Behavior.ANSWER, 100, null);

    telephony.originate(dial("cancelled", "+15550006", 1_000)).get();
    awaitEvents(1);
    telephony.hangup("cancelled", HangupCause.CANCEL).get();
    Thread.sleep(200);

    assertThat(events).containsExactly("cancelled RINGING");
  }

  @Test
  void bridgesHoldLiveChannelsOnly() throws Exception {
    String caller = telephony.placeCall("+1", "+2", Map.of());
    phone("+15550007", VirtualPhone.Behavior.ANSWER, 0, null);
    telephony.originate(dial("callee", "+15550007", 1_000)).get();
    awaitEvents(2);

    telephony.createBridge("b1").get();
    telephony.addToBridge("b1", caller).get();
    telephony.addToBridge("b1", "callee").get();
    assertThat(telephony.bridgeMembers("b1")).containsExactlyInAnyOrder(caller, "callee");

    telephony.hangupByCaller("callee");
    assertThat(telephony.bridgeMembers("b1")).containsExactly(caller);
    assertThat(telephony.addToBridge("b1", "callee")).isCompletedExceptionally();

    telephony.destroyBridge("b1").get();
    assertThat(telephony.bridgeMembers("b1")).isEmpty();
  }

  @Test
  void stopMediaEndsThePromptAtOnceAsHeard() throws Exception {
    String caller = telephony.placeCall("+1", "+2", Map.of());
    var prompt = telephony.speak(caller, new Speech("a very long prompt indeed", "en", "female"));

    telephony.stopMedia(caller).get();

    assertThat(prompt.get(100, TimeUnit.MILLISECONDS)).isNull();
  }

  @Test
  void aRecordingLastsItsMaximumAndIsAValidWavOfThatLength() throws Exception {
    String caller = telephony.placeCall("+1", "+2", Map.of());

    RecordedAudio audio =
        telephony
            .record(caller, new RecordingRequest("r1", Duration.ofMillis(300), null, true, "#"))
            .get(2, TimeUnit.SECONDS);
    byte[] wav = telephony.recordingAudio("r1").get();

    assertThat(audio.duration()).isEqualTo(Duration.ofMillis(300));
    assertThat(audio.end()).isEqualTo(RecordedAudio.End.MAX_DURATION);
    ByteBuffer header = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
    assertThat(new String(wav, 0, 4)).isEqualTo("RIFF");
    assertThat(header.getInt(24)).isEqualTo(8000);
    assertThat(header.getInt(40)).isEqualTo(300 * 16); // 8000 samples/s × 2 bytes × 0.3 s
    awaitEvents(1);
    assertThat(events).containsExactly(caller + " recorded MAX_DURATION");

    telephony.deleteRecording("r1").get();
    assertThat(telephony.recordingAudio("r1")).isCompletedExceptionally();
  }

  @Test
  void theFinishKeyAndTheHangupEndARecording() throws Exception {
    String first = telephony.placeCall("+1", "+2", Map.of());
    var byKey =
        telephony.record(
            first, new RecordingRequest("k", Duration.ofSeconds(10), null, false, "#"));
    telephony.pressDigits(first, "1#");
    String second = telephony.placeCall("+1", "+2", Map.of());
    var byHangup =
        telephony.record(
            second, new RecordingRequest("h", Duration.ofSeconds(10), null, false, ""));
    telephony.hangupByCaller(second);

    assertThat(byKey.get(1, TimeUnit.SECONDS).end()).isEqualTo(RecordedAudio.End.FINISH_KEY);
    assertThat(byHangup.get(1, TimeUnit.SECONDS).end()).isEqualTo(RecordedAudio.End.HANGUP);
  }
}
