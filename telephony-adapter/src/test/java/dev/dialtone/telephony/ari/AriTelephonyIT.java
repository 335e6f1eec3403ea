package dev.dialtone.telephony.ari;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialtone.telephony.ChannelGoneException;
import dev.dialtone.telephony.Destination;
import dev.dialtone.telephony.Dial;
import dev.dialtone.telephony.HangupCause;
import dev.dialtone.telephony.RecordedAudio;
import dev.dialtone.telephony.RecordingRequest;
import dev.dialtone.telephony.Speech;
import dev.dialtone.telephony.ari.fake.FakeAriServer;
import dev.dialtone.telephony.ari.fake.FarEnd;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ARI adapter through ari4java against the fake Asterisk, over real HTTP and WebSocket. */
class AriTelephonyIT {

  private FakeAriServer asterisk;
  private AriTelephony telephony;
  private final EventLog events = new EventLog();

  @BeforeEach
  void connect() {
    asterisk = FakeAriServer.start("dialtone", "dialtone", "secret");
    telephony =
        new AriTelephony(
            new AriSettings(
                asterisk.url(),
                "dialtone",
                "secret",
                "dialtone",
                new DialTemplate("PJSIP/{digits}@trunk"),
                Duration.ofMillis(50),
                Duration.ofMillis(400),
                // long enough that a busy machine answers pings in time, short enough to notice a
                // silent peer well within EventLog's 5 s
                Duration.ofSeconds(1)),
            speech -> "sound:test/" + speech.text().replace(' ', '_'));
    telephony.listen(events);
    telephony.start();
    waitFor(() -> telephony.connectionState().isUp(), "events socket up");
  }

  @AfterEach
  void close() {
    telephony.close();
    asterisk.close();
  }

  @Test
  void answersSpeaksAndHearsKeysInOrderOffTheIoThread() throws Exception {
    String channel = asterisk.call("4917012345", "4930123456", "4930123456");
    assertThat(events.next()).isEqualTo("incoming " + channel + " +4917012345 -> +4930123456");
    assertThat(asterisk.channelState(channel)).contains("Ring");

    telephony.answer(channel).get(5, TimeUnit.SECONDS);
    assertThat(asterisk.channelState(channel)).contains("Up");

    long start = System.nanoTime();
    telephony.speak(channel, new Speech("Hello there", "en-US", "female")).get(5, TimeUnit.SECONDS);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(250));
    assertThat(asterisk.played(channel)).containsExactly("sound:test/Hello_there");
    assertThat(asterisk.deadAirNanos()).as("answer → first prompt").hasSize(1);

    asterisk.pressKeys(channel, "12#");
    assertThat(events.next()).isEqualTo("dtmf " + channel + " 1");
    assertThat(events.next()).isEqualTo("dtmf " + channel + " 2");
    assertThat(events.next()).isEqualTo("dtmf " + channel + " #");
    assertThat(events.threads).allMatch(name -> name.startsWith("ari-lane-"));
  }

  @Test
  void theDialedNumberFallsBackToTheExtensionAndArgumentsArePassedOn() {
    String channel = asterisk.call("+4917012345", "4930999", "", "dialtone.revision=draft");
    assertThat(events.next()).isEqualTo("incoming " + channel + " +4917012345 -> +4930999");
    assertThat(events.incoming.getFirst().arguments())
        .containsExactly(Map.entry("dialtone.revision", "draft"));
  }

  @Test
  void aKeyDuringAPromptLetsTheRuntimeStopItAtOnce() throws Exception {
    asterisk.promptLength(media -> Duration.ofSeconds(10));
    String channel = answeredCall();
    asterisk.pressKeysDuringNextPrompt(channel, "5");
    CompletableFuture<Void> prompt =
        telephony.speak(channel, new Speech("Press a key", "en-US", "female"));
    assertThat(events.next()).isEqualTo("dtmf " + channel + " 5");

    long start = System.nanoTime();
    telephony.stopMedia(channel).get(5, TimeUnit.SECONDS);
    prompt.get(5, TimeUnit.SECONDS);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void stopMediaBeforeAnythingPlaysCompletes() throws Exception {
    String channel = answeredCall();
    telephony.stopMedia(channel).get(5, TimeUnit.SECONDS);
  }

  @Test
  void aHangUpDuringAPromptFailsThePromptAndIsReportedOnce() throws Exception {
    asterisk.promptLength(media -> Duration.ofSeconds(3));
    String channel = answeredCall();
    asterisk.hangUpDuringNextPrompt(channel);
    CompletableFuture<Void> prompt =
        telephony.speak(channel, new Speech("Welcome", "en-US", "female"));

    assertThatThrownBy(() -> prompt.get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(ChannelGoneException.class);
    assertThat(events.next()).isEqualTo("hangup " + channel + " NORMAL");
    assertThat(events.drain(Duration.ofMillis(300))).isEmpty();
    assertThat(telephony.liveChannels()).isZero();
  }

  @Test
  void aCommandOnAGoneChannelIsAHangUpNotAnError() {
    assertThatThrownBy(() -> telephony.answer("no-such-channel").get(5, TimeUnit.SECONDS))
        .hasCauseInstanceOf(ChannelGoneException.class);
  }

  @Test
  void ourOwnHangUpIsNotReportedBack() throws Exception {
    String channel = answeredCall();
    telephony.hangup(channel, HangupCause.NORMAL).get(5, TimeUnit.SECONDS);
    waitFor(() -> asterisk.channelState(channel).isEmpty(), "channel gone on Asterisk");
    assertThat(events.drain(Duration.ofMillis(300))).isEmpty();
    assertThatThrownBy(() -> telephony.speak(channel, new Speech("x", "en-US", "male")).get())
        .hasCauseInstanceOf(ChannelGoneException.class);
  }

  @Test
  void originateAnsweredRingsThenAnswersAndEntersTheApplication() throws Exception {
    asterisk.farEnd("PJSIP/4930555@trunk", FarEnd.answersAfter(Duration.ofMillis(200)));
    telephony.originate(dial("out-1", "+4930555", Duration.ofSeconds(5))).get(5, TimeUnit.SECONDS);
    assertThat(events.next()).isEqualTo("progress out-1 RINGING");
    assertThat(events.next()).isEqualTo("progress out-1 ANSWERED");
    assertThat(asterisk.commandLog()).contains("originate PJSIP/4930555@trunk out-1");

    telephony.speak("out-1", new Speech("Hi", "en-US", "female")).get(5, TimeUnit.SECONDS);
    asterisk.hangUp("out-1");
    assertThat(events.next()).isEqualTo("hangup out-1 NORMAL");
  }

  @Test
  void originatedLocalChannelsEnterTheApplicationAlreadyUp() throws Exception {
    telephony
        .originate(
            new Dial(
                "local-1",
                Destination.endpoint("Local/100@test"),
                "+4930111",
                Duration.ofSeconds(5),
                Map.of()))
        .get(5, TimeUnit.SECONDS);
    assertThat(events.next()).isEqualTo("progress local-1 ANSWERED");
    assertThat(asterisk.channelState("local-1")).contains("Up");
  }

  @Test
  void originateBusy() throws Exception {
    asterisk.farEnd("PJSIP/4930666@trunk", FarEnd.busyAfter(Duration.ofMillis(100)));
    telephony.originate(dial("out-2", "+4930666", Duration.ofSeconds(5))).get(5, TimeUnit.SECONDS);
    assertThat(events.next()).isEqualTo("progress out-2 RINGING");
    assertThat(events.next()).isEqualTo("progress out-2 FAILED BUSY");
    assertThat(events.drain(Duration.ofMillis(300))).isEmpty();
  }

  /** Checked on Asterisk 22.10.1: the Local channel is destroyed with cause 0 after Dial BUSY. */
  @Test
  void originateThroughABusyLocalDialplanIsBusy() throws Exception {
    asterisk.farEnd("Local/4930668@outbound", FarEnd.busyAfter(Duration.ofMillis(100)));
    telephony
        .originate(
            new Dial(
                "local-busy",
                Destination.endpoint("Local/4930668@outbound"),
                "+4930111",
                Duration.ofSeconds(5),
                Map.of()))
        .get(5, TimeUnit.SECONDS);
    assertThat(events.next()).isEqualTo("progress local-busy FAILED BUSY");
    assertThat(events.drain(Duration.ofMillis(300))).isEmpty();
  }

  @Test
  void originateNeverAnsweredEndsWithDialoutAtTheDialTimeout() throws Exception {
    asterisk.farEnd("PJSIP/4930777@trunk", FarEnd.neverAnswers());
    telephony.originate(dial("out-3", "+4930777", Duration.ofSeconds(1))).get(5, TimeUnit.SECONDS);
    assertThat(events.next()).isEqualTo("progress out-3 RINGING");
    assertThat(events.next()).isEqualTo("progress out-3 FAILED DIALOUT");
    waitFor(() -> asterisk.channelState("out-3").isEmpty(), "the ringing channel hung up");
    assertThat(events.drain(Duration.ofMillis(300))).isEmpty();
  }

  @Test
  void aDroppedEventsSocketEndsLiveCallsAndReconnects() throws Exception {
    String channel = answeredCall();
    asterisk.refuseEvents(true);
    asterisk.dropEvents();

    assertThat(events.next()).isEqualTo("hangup " + channel + " FAILED");
    waitFor(() -> !telephony.connectionState().isUp(), "connection reported down");
    assertThat(telephony.connectionState().status()).isEqualTo(ConnectionState.Status.DOWN);
    waitFor(() -> asterisk.channelState(channel).isEmpty(), "the orphaned channel hung up");

    asterisk.refuseEvents(false);
    waitFor(() -> telephony.connectionState().isUp(), "reconnected");
    String next = asterisk.call("+4917000", "+4930123");
    assertThat(events.next()).isEqualTo("incoming " + next + " +4917000 -> +4930123");
    telephony.answer(next).get(5, TimeUnit.SECONDS);
  }

  /** Asterisk's host gone without a FIN: only the keepalive can tell. */
  @Test
  void anEventsSocketThatFallsSilentIsTakenAsDropped() throws Exception {
    String channel = answeredCall();
    asterisk.refuseEvents(true);
    asterisk.silenceEvents();

    assertThat(events.next()).isEqualTo("hangup " + channel + " FAILED");
    waitFor(() -> !telephony.connectionState().isUp(), "connection reported down");
    assertThat(telephony.connectionState().detail()).contains("silent for 2000 ms");

    asterisk.refuseEvents(false);
    waitFor(() -> telephony.connectionState().isUp(), "reconnected");
  }

  @Test
  void recordsUntilTheFinishKeyAndServesTheFile() throws Exception {
    String channel = answeredCall();
    CompletableFuture<RecordedAudio> recording =
        telephony.record(
            channel, new RecordingRequest("rec-1", Duration.ofSeconds(30), null, true, "#"));
    asterisk.pressKeysAfter(channel, Duration.ofMillis(200), "#");
    RecordedAudio audio = recording.get(5, TimeUnit.SECONDS);
    assertThat(audio.name()).isEqualTo("rec-1");
    assertThat(audio.end()).isEqualTo(RecordedAudio.End.FINISH_KEY);
    assertThat(events.next()).isEqualTo("dtmf " + channel + " #");
    assertThat(events.next()).isEqualTo("recorded " + channel + " rec-1 FINISH_KEY");

    byte[] wav = telephony.recordingAudio("rec-1").get(5, TimeUnit.SECONDS);
    assertThat(new String(wav, 0, 4)).isEqualTo("RIFF");
    telephony.deleteRecording("rec-1").get(5, TimeUnit.SECONDS);
    assertThatThrownBy(() -> telephony.recordingAudio("rec-1").get(5, TimeUnit.SECONDS))
        .hasCauseInstanceOf(AriCommandException.class);
  }

  @Test
  void stopRecordingEndsItWithWhatWasRecorded() throws Exception {
    String channel = answeredCall();
    CompletableFuture<RecordedAudio> recording =
        telephony.record(
            channel, new RecordingRequest("rec-2", Duration.ofSeconds(30), null, false, ""));
    Thread.sleep(100);
    telephony.stopRecording("rec-2").get(5, TimeUnit.SECONDS);
    assertThat(recording.get(5, TimeUnit.SECONDS).end()).isEqualTo(RecordedAudio.End.STOPPED);
  }

  @Test
  void bridgesJoinAndPartChannels() throws Exception {
    String a = answeredCall();
    telephony.createBridge("b-1").get(5, TimeUnit.SECONDS);
    telephony.addToBridge("b-1", a).get(5, TimeUnit.SECONDS);
    assertThat(asterisk.bridgeMembers("b-1")).containsExactly(a);
    telephony.removeFromBridge("b-1", a).get(5, TimeUnit.SECONDS);
    assertThat(asterisk.bridgeMembers("b-1")).isEmpty();
    telephony.destroyBridge("b-1").get(5, TimeUnit.SECONDS);
    telephony.destroyBridge("b-1").get(5, TimeUnit.SECONDS); // gone already: still fine
    assertThatThrownBy(() -> telephony.addToBridge("b-1", "nobody").get(5, TimeUnit.SECONDS))
        .hasCauseInstanceOf(ChannelGoneException.class);
  }

  @Test
  void playSendsTheMediaUri() throws Exception {
    String channel = answeredCall();
    telephony.play(channel, URI.create("sound:hello-world")).get(5, TimeUnit.SECONDS);
    assertThat(asterisk.played(channel)).containsExactly("sound:hello-world");
  }

  private String answeredCall() throws Exception {
    String channel = asterisk.call("+4917012345", "+4930123456");
    assertThat(events.next()).startsWith("incoming " + channel);
    telephony.answer(channel).get(5, TimeUnit.SECONDS);
    return channel;
  }

  private static Dial dial(String channelId, String number, Duration timeout) {
    return new Dial(channelId, Destination.tel(number), "+4930100", timeout, Map.of());
  }

  static void waitFor(BooleanSupplier condition, String what) {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("timed out waiting for: " + what);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
