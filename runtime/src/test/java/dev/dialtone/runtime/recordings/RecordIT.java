package dev.dialtone.runtime.recordings;

import static dev.dialtone.runtime.support.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialtone.runtime.calls.CallEvent;
import dev.dialtone.runtime.calls.CallEventType;
import dev.dialtone.runtime.calls.CallQueries;
import dev.dialtone.runtime.flows.FlowService;
import dev.dialtone.runtime.numbers.NumberService;
import dev.dialtone.runtime.simulator.SimulatorService;
import dev.dialtone.runtime.support.RuntimeTestApplication;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A record node on the simulated telephony: 2 s recorded, stored, and 2 s long as a WAV file. */
@SpringBootTest(
    classes = RuntimeTestApplication.class,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:record;DB_CLOSE_DELAY=-1",
      "dialtone.simulator.chars-per-second=2000"
    })
class RecordIT {

  private static final Duration LIMIT = Duration.ofSeconds(60);
  private static final String FLOW =
      """
      {"format": "dialtone.flow/1", "name": "Voicemail",
       "nodes": [
         {"id": "start", "type": "start"},
         {"id": "message", "type": "record",
          "options": {"max_duration_ms": 2000, "finish_key": "", "variable": "voicemail"}},
         {"id": "bye", "type": "hangup"}],
       "edges": [{"from": "start", "to": "message"}, {"from": "message", "to": "bye"}]}
      """;

  @Autowired FlowService flows;
  @Autowired NumberService numbers;
  @Autowired SimulatorService simulator;
  @Autowired CallQueries calls;
  @Autowired RecordingService recordings;

  @Test
  void twoSecondsAreRecordedStoredAndLastTwoSecondsAsAWavFile() {
    UUID flowId = flows.create(FLOW, "test").flow().id();
    flows.publish(flowId, "test");
    numbers.create("+15550170", flowId);

    UUID call = simulator.call("+15550199", "+15550170");

    List<Recording> stored =
        await(
            "the recording",
            LIMIT,
            () -> recordings.list(call, 0, 10).recordings(),
            list -> !list.isEmpty());
    Recording recording = stored.get(0);
    assertThat(recording.callId()).isEqualTo(call);
    assertThat(recording.nodeId()).isEqualTo("message");
    assertThat(recording.durationMs()).isEqualTo(2000);
    assertThat(recording.endReason()).isEqualTo("max_duration");

    byte[] wav = recordings.audio(recording.id());
    assertThat(new String(wav, 0, 4)).isEqualTo("RIFF");
    assertThat(new String(wav, 8, 4)).isEqualTo("WAVE");
    ByteBuffer header = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
    int byteRate = header.getInt(28);
    int dataBytes = header.getInt(40);
    assertThat(new String(wav, 36, 4)).isEqualTo("data");
    assertThat((double) dataBytes / byteRate).isEqualTo(2.0);
    assertThat(recording.sizeBytes()).isEqualTo(wav.length);

    List<CallEvent> transcript =
        await(
            "the finished line",
            LIMIT,
            () -> calls.transcript(call),
            events -> events.stream().anyMatch(e -> e.type() == CallEventType.RECORD_FINISHED));
    assertThat(transcript)
        .extracting(CallEvent::type)
        .containsSubsequence(CallEventType.RECORD_STARTED, CallEventType.RECORD_FINISHED);
    assertThat(transcript)
        .filteredOn(e -> e.type() == CallEventType.RECORD_FINISHED)
        .singleElement()
        .extracting(CallEvent::content)
        .isEqualTo("2000");
  }
}
