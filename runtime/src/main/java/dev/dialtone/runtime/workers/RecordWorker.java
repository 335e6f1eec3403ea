package dev.dialtone.runtime.workers;

import dev.dialtone.flow.JobTypes;
import dev.dialtone.flow.nodes.RecordNode;
import dev.dialtone.runtime.calls.CallEventType;
import dev.dialtone.runtime.recordings.RecordingService;
import dev.dialtone.telephony.RecordingRequest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * record: once the prompts before it have been heard, records the caller until the maximum
 * duration, the finish key, the end of silence or the hang-up; stores the audio and puts the
 * recording's id into the node's variable. The transcript shows the start and the length.
 */
public class RecordWorker implements NodeWorker {

  private final RecordingService recordings;

  public RecordWorker(RecordingService recordings) {
    this.recordings = recordings;
  }

  @Override
  public String jobType() {
    return JobTypes.forNodeType(RecordNode.NAME);
  }

  @Override
  public void handle(NodeJob job) {
    NodeOptions options = job.options();
    long silence = options.number(RecordNode.END_OF_SILENCE_MS, 0);
    RecordingRequest request =
        new RecordingRequest(
            "dialtone-" + UUID.randomUUID(),
            Duration.ofMillis(options.number(RecordNode.MAX_DURATION_MS, 60_000)),
            silence > 0 ? Duration.ofMillis(silence) : null,
            options.flag(RecordNode.BEEP, true),
            options.string(RecordNode.FINISH_KEY, "#"));
    String variable = options.string(RecordNode.VARIABLE, "recording_id");
    job.leg()
        .mediaIdle()
        .thenCompose(
            idle -> {
              job.started();
              job.transcript(CallEventType.RECORD_STARTED, "");
              return job.leg().telephony().record(job.leg().channelId(), request);
            })
        .thenCompose(
            audio ->
                recordings.store(job.leg().telephony(), job.leg().callId(), job.nodeId(), audio))
        .whenComplete(
            (recording, error) -> {
              job.leg().silenceBegan();
              if (error == null) {
                job.transcript(
                    CallEventType.RECORD_FINISHED, String.valueOf(recording.durationMs()));
              }
              job.finish(
                  error,
                  "recorded",
                  error == null ? Map.of(variable, recording.id().toString()) : Map.of());
            });
  }
}
